// The corrected lines as 837 segments a coder compares with their own file: 837P loop 2400 SV1
// (HCPCS, modifiers, units) with loop 2410 LIN (N4 + 11-digit NDC) and CTP (NDC quantity, UN or
// ME); 837I loop 2400 SV2 with revenue code 0636. X12 5010 separators: * between elements, :
// between components, ~ ends a segment. Anything the audit does not know (the line charge, the
// diagnosis pointer, an NDC not typed from the carton, a kit count split between lines) stays a
// bracketed placeholder the coder fills in; nothing is invented.
import { drugRevenueCode } from '../claim';
import { hcpcsCode } from '../facts';
import { normalizeNdc } from '../ndc';
import type { FieldError, VialCount } from '../types';
import { describeLine } from './lines';
import type { BilledLine } from './types';

export type SegmentQualifier = 'UN' | 'ME';

export type ClaimSegment = { loop: '2400' | '2410'; id: 'SV1' | 'SV2' | 'LIN' | 'CTP'; text: string };
export type SegmentGroup = { line: BilledLine; label: string; segments: ClaimSegment[] };

export type ClaimSegments = {
  professional: SegmentGroup[];
  institutional: SegmentGroup[];
  /** Each placeholder used, with what the coder puts there. */
  placeholders: { text: string; meaning: string }[];
  notes: string[];
  /** An NDC typed that cannot be read (the segments then keep the placeholder). */
  errors: FieldError[];
  source: string;
};

export type SegmentInput = {
  /** Kits documented (to know which NDC a J9207 line carries, and the UN count). */
  kits?: readonly VialCount[];
  /** NDCs typed from the cartons, by kit strength (mg). */
  ndcs?: Readonly<Partial<Record<number, string>>>;
  /** NDC unit qualifier (payers differ): UN = kits, ME = milligrams. */
  qualifier?: SegmentQualifier;
};

export const segmentPlaceholders = {
  charge: { text: '[CHARGE]', meaning: 'the line charge from your charge master' },
  pointer: {
    text: '[DX POINTER]',
    meaning: 'the diagnosis pointer (Z51.11 first when the visit is for chemotherapy)',
  },
  ndc: {
    text: '[NDC 11 DIGITS]',
    meaning: 'the 11-digit NDC printed on the carton of the kits used (5-4-2, no hyphens)',
  },
  kits: { text: '[KITS]', meaning: 'the number of kits this line reports' },
  revenue: {
    text: '[REVENUE CODE]',
    meaning: "the administration's revenue code from your facility's chargemaster",
  },
} as const;

export const segmentSources =
  'ASC X12 837P and 837I (005010) implementation guides: loop 2400 SV1/SV2, loop 2410 LIN (N4 + 11-digit NDC, 5-4-2 without hyphens) and CTP (quantity and unit qualifier); UB-04 revenue code 0636, drugs requiring detailed coding';

function composite(line: BilledLine): string {
  return ['HC', line.hcpcs, ...line.modifiers.slice(0, 4)].join(':');
}

/**
 * 837P and 837I segments for the corrected lines.
 *
 * @example claimSegments([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 75 }], { kits: [{ strengthMg: 15, count: 5 }], ndcs: { 15: '70020-1910-01' }, qualifier: 'UN' })
 *   .professional[0].segments.map((s) => s.text)
 * //=> ['SV1*HC:J9207:JZ*[CHARGE]*UN*75***[DX POINTER]~', 'LIN**N4*70020191001~', 'CTP****5*UN~']
 */
export function claimSegments(corrected: readonly BilledLine[], input: SegmentInput = {}): ClaimSegments {
  const qualifier = input.qualifier ?? 'UN';
  const used = new Set<keyof typeof segmentPlaceholders>(['charge']);
  const notes: string[] = [];
  const errors: FieldError[] = [];
  const kits = (input.kits ?? []).filter((k) => k.count > 0);
  const strengths = [...new Set(kits.map((k) => k.strengthMg))];

  // The NDC a J9207 line carries: known only when one kit strength was used and its NDC was typed.
  const typedNdc = (strength: number): string | undefined => {
    const text = input.ndcs?.[strength];
    if (text === undefined || text.trim() === '') return undefined;
    const read = normalizeNdc(text);
    if (read.ok) return read.ndc11;
    errors.push({ field: `ndc${strength}`, message: `${strength} mg kit NDC: ${read.message}` });
    return undefined;
  };
  const ndcs = new Map(strengths.map((s) => [s, typedNdc(s)] as const));
  let lineNdc: string | undefined;
  if (strengths.length === 1) lineNdc = ndcs.get(strengths[0] as number);
  if (strengths.length > 1) {
    notes.push(
      `The kits are two products (${strengths.map((s) => `${s} mg`).join(' and ')}), so two NDCs: a service line carries one NDC in loop 2410. Split the J9207 line by NDC as your payer directs.`,
    );
  }
  if (strengths.length === 0)
    notes.push('The kits are not documented, so the NDC and the kit count are left for you.');
  const ndcText = lineNdc ?? segmentPlaceholders.ndc.text;

  const j9207Lines = corrected.filter((l) => l.hcpcs === hcpcsCode);
  const quantity = (line: BilledLine): string => {
    if (qualifier === 'ME') return String(line.units);
    // UN counts kits: settled only when one line carries all of them.
    if (j9207Lines.length === 1 && strengths.length === 1) return String(kits[0]?.count ?? '');
    used.add('kits');
    return segmentPlaceholders.kits.text;
  };
  if (qualifier === 'ME')
    notes.push("ME reports milligrams: the quantity shown is the line's units (1 unit = 1 mg).");
  if (qualifier === 'UN' && j9207Lines.length > 1) {
    notes.push(
      'UN counts kits, and the kits opened serve both the dose line and the JW line: enter the count each line reports as your payer directs.',
    );
  }

  const drugSegments = (line: BilledLine): ClaimSegment[] => {
    if (!lineNdc) used.add('ndc');
    return [
      { loop: '2410', id: 'LIN', text: `LIN**N4*${ndcText}~` },
      { loop: '2410', id: 'CTP', text: `CTP****${quantity(line)}*${qualifier}~` },
    ];
  };

  const professional = corrected.map((line) => {
    used.add('pointer');
    const sv1: ClaimSegment = {
      loop: '2400',
      id: 'SV1',
      text: `SV1*${composite(line)}*${segmentPlaceholders.charge.text}*UN*${line.units}***${segmentPlaceholders.pointer.text}~`,
    };
    return {
      line,
      label: describeLine(line),
      segments: line.hcpcs === hcpcsCode ? [sv1, ...drugSegments(line)] : [sv1],
    };
  });
  const institutional = corrected.map((line) => {
    const drug = line.hcpcs === hcpcsCode;
    if (!drug) used.add('revenue');
    const sv2: ClaimSegment = {
      loop: '2400',
      id: 'SV2',
      text: `SV2*${drug ? drugRevenueCode : segmentPlaceholders.revenue.text}*${composite(line)}*${segmentPlaceholders.charge.text}*UN*${line.units}~`,
    };
    return { line, label: describeLine(line), segments: drug ? [sv2, ...drugSegments(line)] : [sv2] };
  });
  return {
    professional,
    institutional,
    placeholders: [...used].map((k) => segmentPlaceholders[k]),
    notes,
    errors,
    source: segmentSources,
  };
}

/**
 * Segments as text to paste beside an 837: one segment a line, in loop order.
 *
 * @example segmentsText(claimSegments(lines).professional) //=> 'SV1*HC:J9207*[CHARGE]*UN*73***[DX POINTER]~\nLIN**N4*[NDC 11 DIGITS]~\n…'
 */
export function segmentsText(groups: readonly SegmentGroup[]): string {
  return groups.flatMap((g) => g.segments.map((s) => s.text)).join('\n');
}
