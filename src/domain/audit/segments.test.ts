import { describe, expect, it } from 'vitest';
import { claimSegments, segmentsText } from './segments';
import type { BilledLine } from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });

describe('claimSegments: the worked example', () => {
  // 72.8 mg from 1 × 45 + 2 × 15: J9207 × 73, J9207-JW × 2, 96413 × 1, 96415 × 2.
  const corrected = [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)];
  const kits = [
    { strengthMg: 45, count: 1 },
    { strengthMg: 15, count: 2 },
  ];

  it('837P: SV1 per line; LIN/CTP on the J9207 lines with the NDC left for the coder (two products)', () => {
    const s = claimSegments(corrected, { kits, ndcs: { 15: '70020-1910-01' }, qualifier: 'ME' });
    expect(segmentsText(s.professional).split('\n')).toEqual([
      'SV1*HC:J9207*[CHARGE]*UN*73***[DX POINTER]~',
      'LIN**N4*[NDC 11 DIGITS]~',
      'CTP****73*ME~',
      'SV1*HC:J9207:JW*[CHARGE]*UN*2***[DX POINTER]~',
      'LIN**N4*[NDC 11 DIGITS]~',
      'CTP****2*ME~',
      'SV1*HC:96413*[CHARGE]*UN*1***[DX POINTER]~',
      'SV1*HC:96415*[CHARGE]*UN*2***[DX POINTER]~',
    ]);
    expect(s.notes[0]).toContain('two NDCs');
    expect(s.placeholders.map((p) => p.text)).toContain('[NDC 11 DIGITS]');
  });

  it('837I: SV2 with revenue code 0636 on the drug lines; administration revenue code left for the coder', () => {
    const s = claimSegments(corrected, { kits, qualifier: 'ME' });
    expect(s.institutional.map((g) => g.segments[0]?.text)).toEqual([
      'SV2*0636*HC:J9207*[CHARGE]*UN*73~',
      'SV2*0636*HC:J9207:JW*[CHARGE]*UN*2~',
      'SV2*[REVENUE CODE]*HC:96413*[CHARGE]*UN*1~',
      'SV2*[REVENUE CODE]*HC:96415*[CHARGE]*UN*2~',
    ]);
  });
});

describe('claimSegments: the NDC', () => {
  it('one kit strength with its NDC typed from the carton: N4 + 11 digits, UN = the kits on the one line', () => {
    // 75 mg from 5 × 15 mg, nothing discarded: J9207-JZ × 75; 70020-1910-1 (5-4-1) → 70020191001.
    const s = claimSegments([L('J9207', 75, 'JZ')], {
      kits: [{ strengthMg: 15, count: 5 }],
      ndcs: { 15: '70020-1910-1' },
      qualifier: 'UN',
    });
    expect(s.professional[0]?.segments.map((x) => x.text)).toEqual([
      'SV1*HC:J9207:JZ*[CHARGE]*UN*75***[DX POINTER]~',
      'LIN**N4*70020191001~',
      'CTP****5*UN~',
    ]);
    expect(s.placeholders.map((p) => p.text)).not.toContain('[NDC 11 DIGITS]');
  });

  it('never an invented NDC: not typed → placeholder; unreadable → placeholder and the reason', () => {
    const none = claimSegments([L('J9207', 90, 'JZ')], { kits: [{ strengthMg: 45, count: 2 }] });
    expect(none.professional[0]?.segments[1]?.text).toBe('LIN**N4*[NDC 11 DIGITS]~');
    const bad = claimSegments([L('J9207', 90, 'JZ')], {
      kits: [{ strengthMg: 45, count: 2 }],
      ndcs: { 45: '7002019110' },
    });
    expect(bad.professional[0]?.segments[1]?.text).toBe('LIN**N4*[NDC 11 DIGITS]~');
    expect(bad.errors[0]?.message).toContain('45 mg kit NDC: A 10-digit NDC needs its hyphens');
  });

  it('UN with a JW line: the kit count per line is left for the coder', () => {
    const s = claimSegments([L('J9207', 88), L('J9207', 2, 'JW')], {
      kits: [{ strengthMg: 15, count: 6 }],
      ndcs: { 15: '70020-1910-01' },
      qualifier: 'UN',
    });
    expect(s.professional.map((g) => g.segments[2]?.text)).toEqual([
      'CTP****[KITS]*UN~',
      'CTP****[KITS]*UN~',
    ]);
    expect(s.professional[0]?.segments[1]?.text).toBe('LIN**N4*70020191001~');
  });
});
