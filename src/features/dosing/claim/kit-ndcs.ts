// The NDC to use per kit strength: the carton NDC the user typed (normalised to 5-4-2) when
// given, otherwise the reference data's NDC with its verified flag. Never invents a package code.
import { type KitNdc, normalizeNdc } from '../../../domain';
import type { ReferenceKit } from '../api/reference-data-schema';

export type KitNdcState = {
  kits: Record<number, KitNdc | undefined>;
  /** Per strength: a message about the typed carton NDC (unreadable, or another product). */
  messages: Record<number, string | undefined>;
};

export function kitNdcs(
  reference: readonly ReferenceKit[] | undefined,
  typed: Readonly<Record<number, string>>,
): KitNdcState {
  const kits: Record<number, KitNdc | undefined> = {};
  const messages: Record<number, string | undefined> = {};
  const strengths = new Set<number>([15, 45, ...(reference ?? []).map((k) => k.strengthMg)]);
  for (const strengthMg of strengths) {
    const ref = reference?.find((k) => k.strengthMg === strengthMg);
    const text = typed[strengthMg]?.trim() ?? '';
    if (text !== '') {
      const parsed = normalizeNdc(text);
      if (parsed.ok) {
        kits[strengthMg] = {
          strengthMg,
          ndc11: parsed.ndc11,
          display: parsed.hyphenated,
          verified: true,
          origin: 'carton',
        };
        if (ref && !parsed.hyphenated.startsWith(`${ref.productNdc}-`)) {
          messages[strengthMg] =
            `${parsed.hyphenated} is not the reference product ${ref.productNdc} for the ${strengthMg} mg kit: check the carton.`;
        }
        continue;
      }
      messages[strengthMg] = parsed.message;
    }
    if (!ref) continue;
    const parsedRef = ref.ndc ? normalizeNdc(ref.ndc) : undefined;
    kits[strengthMg] = {
      strengthMg,
      ndc11: parsedRef?.ok ? parsedRef.ndc11 : null,
      display: parsedRef?.ok ? parsedRef.hyphenated : `${ref.productNdc}-??`,
      verified: ref.verified && parsedRef?.ok === true,
      origin: 'reference',
    };
  }
  return { kits, messages };
}
