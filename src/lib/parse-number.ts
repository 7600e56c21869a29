// What a person types into a number field → a number, without guessing. A decimal comma is a
// decimal point ("72,5" → 72.5); counts (ANC, platelets) are whole numbers that may carry
// thousands separators ("150,000"). Anything else is refused so the form can say so, never
// silently altered.

/**
 * A decimal typed with a point or a comma: "72,5" and "72.5" → 72.5; " 170 " → 170; ".5" → 0.5.
 * Undefined for empty text, two separators, signs, letters or exponents.
 *
 * @example parseDecimalText('72,5') //=> 72.5
 * @example parseDecimalText('1,234.5') //=> undefined (ambiguous)
 */
export function parseDecimalText(text: string): number | undefined {
  const trimmed = String(text ?? '').trim();
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A whole count, with or without thousands separators (comma, space, thin space, apostrophe or
 * point in groups of three): "150,000", "150 000", "1500" → the integer. "1,5" or "1.5" is not a
 * count and is refused.
 *
 * @example parseCountText('150,000') //=> 150000
 * @example parseCountText('1,5') //=> undefined
 */
export function parseCountText(text: string): number | undefined {
  const trimmed = String(text ?? '').trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^\d{1,3}([,.\s\u2009\u202f'])\d{3}(\1\d{3})*$/.exec(trimmed);
  if (!match) return undefined;
  return Number(trimmed.replace(/[^\d]/g, ''));
}

/** True when a field was left empty (spaces only count as empty). */
export function isBlank(text: string | undefined | null): boolean {
  return String(text ?? '').trim() === '';
}
