// J9207 billing units, JW/JZ claim lines and the chemotherapy administration codes.
// Sources: HCPCS J9207 descriptor (1 unit = 1 mg); CMS Claims Processing Manual ch. 17 (units
// rounded up); CMS JW/JZ policy; CPT 96409/96413/96415 time rules (docs/reference.md).
import { type Dec, roundUp } from './decimal';
import { hcpcsCode } from './facts';
import type { AdminCode, ClaimLine, Modifier340B } from './types';

/**
 * Billing units for the dose given: rounded up to a whole mg, at least 1.
 *
 * @example administeredUnits(dec('73.2')) //=> 74
 */
export function administeredUnits(doseMg: Dec): number {
  return Math.max(1, roundUp(doseMg, 0).toNumber());
}

/**
 * Claim lines: with discarded units, J9207 × administered and J9207-JW × discarded; with none,
 * one line J9207-JZ × administered. A 340B modifier (JG or TB) goes on each line.
 *
 * @example claimLines(74, 1) //=> [{ hcpcs: 'J9207', modifiers: [], units: 74 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 1 }]
 */
export function claimLines(
  administered: number,
  discarded: number,
  modifier340B?: Modifier340B,
): ClaimLine[] {
  const extra = modifier340B ? [modifier340B] : [];
  if (discarded > 0) {
    return [
      { hcpcs: hcpcsCode, modifiers: [...extra], units: administered },
      { hcpcs: hcpcsCode, modifiers: ['JW', ...extra], units: discarded },
    ];
  }
  return [{ hcpcs: hcpcsCode, modifiers: ['JZ', ...extra], units: administered }];
}

/**
 * Administration codes from the infusion time: ≤ 15 min is a push (96409); otherwise 96413 for the
 * first hour and +96415 for each further hour, counted only beyond 30 minutes past the last hour.
 *
 * @example administrationCodes(180) //=> [{ code: '96413', units: 1 }, { code: '96415', units: 2 }]
 */
export function administrationCodes(minutes: number): AdminCode[] {
  if (minutes <= 15) return [{ code: '96409', units: 1 }];
  const codes: AdminCode[] = [{ code: '96413', units: 1 }];
  if (minutes > 90) {
    // Smallest k with minutes ≤ 90 + 60k, settled by exact comparisons (90 + 60k is a whole number).
    let hours = Math.max(1, Math.ceil((minutes - 90) / 60));
    while (minutes > 90 + 60 * hours) hours += 1;
    while (hours > 1 && minutes <= 90 + 60 * (hours - 1)) hours -= 1;
    codes.push({ code: '96415', units: hours });
  }
  return codes;
}
