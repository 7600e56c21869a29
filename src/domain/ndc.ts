// NDC handling for claims: normalise a carton's 10- or 11-digit NDC to 5-4-2 and format the
// N4 segment. Source: docs/reference.md "NDC on claims" (10 → 11 digits by padding the
// short segment with a leading zero).
export type NdcUnitQualifier = 'UN' | 'ML' | 'GR' | 'F2' | 'ME';

export type NdcParse = { ok: true; ndc11: string; hyphenated: string } | { ok: false; message: string };

/**
 * A carton NDC (10 digits as 4-4-2, 5-3-2 or 5-4-1 with hyphens, or 11 digits with or without
 * hyphens) as 11 digits, 5-4-2. A hyphen-less 10-digit NDC is ambiguous and is refused.
 *
 * @example normalizeNdc('70020-1910-1') //=> { ok: true, ndc11: '70020191001', hyphenated: '70020-1910-01' }
 */
export function normalizeNdc(text: string): NdcParse {
  const trimmed = String(text ?? '')
    .trim()
    .replace(/\s+/g, '');
  if (/^\d{11}$/.test(trimmed)) return ok(trimmed);
  const parts = trimmed.split('-');
  if (parts.length === 3 && parts.every((p) => /^\d+$/.test(p))) {
    const [a = '', b = '', c = ''] = parts;
    const shape = `${a.length}-${b.length}-${c.length}`;
    switch (shape) {
      case '5-4-2':
        return ok(a + b + c);
      case '4-4-2':
        return ok(`0${a}${b}${c}`);
      case '5-3-2':
        return ok(`${a}0${b}${c}`);
      case '5-4-1':
        return ok(`${a}${b}0${c}`);
      default:
        break;
    }
  }
  if (/^\d{10}$/.test(trimmed)) {
    return {
      ok: false,
      message:
        'A 10-digit NDC needs its hyphens (4-4-2, 5-3-2 or 5-4-1) to be padded to 11 digits: type it as printed on the carton.',
    };
  }
  return {
    ok: false,
    message: 'Enter the NDC as printed on the carton: 10 digits with hyphens, or 11 digits.',
  };
}

function ok(ndc11: string): NdcParse {
  return { ok: true, ndc11, hyphenated: `${ndc11.slice(0, 5)}-${ndc11.slice(5, 9)}-${ndc11.slice(9)}` };
}

/**
 * The NDC segment of a claim line: N4, the 11-digit NDC, a space, the unit qualifier and the quantity.
 *
 * @example formatN4('70020191001', 'UN', 2) //=> 'N470020191001 UN2'
 */
export function formatN4(ndc11: string, qualifier: NdcUnitQualifier, quantity: number | string): string {
  return `N4${ndc11} ${qualifier}${quantity}`;
}
