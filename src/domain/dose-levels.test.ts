// The label's dose levels (IXEMPRA prescribing information, section 2): 40, 32, 30, 25.6, 20 mg/m².
// An order strictly below the lowest supported level is a warning.
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { dec } from './decimal';
import { doseBelowLevelsCheck, lowestSupportedDoseMgPerM2 } from './dose-levels';

const run = (doseMgPerM2: number, extra: Record<string, unknown> = {}) => {
  const result = calculate({
    height: { value: 170, unit: 'cm' },
    weight: { value: 70, unit: 'kg' },
    doseMgPerM2,
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
};
const codes = (doseMgPerM2: number, extra: Record<string, unknown> = {}) =>
  run(doseMgPerM2, extra).checks.map((c) => c.code);

describe('a dose below every level the label names', () => {
  it.each([
    [4, true],
    [19.99, true],
    [20, false],
    [25.6, false],
    [40, false],
  ])('%s mg/m²: warned %s', (dose, warned) => {
    expect(codes(dose).includes('DOSE_BELOW_LABEL_LEVELS')).toBe(warned);
  });
  it('4 mg/m² on 1.82 m² is 7.3 mg (4 × 1.82 = 7.28): a warning that names the levels', () => {
    const result = run(4);
    expect(result.doseMg).toBe(7.3);
    const check = result.checks.find((c) => c.code === 'DOSE_BELOW_LABEL_LEVELS');
    expect(check?.severity).toBe('warning');
    expect(check?.message).toMatch(
      /^4 mg\/m² is below every dose level the label names \(40, 32, 30, 25.6 and 20 mg\/m²/,
    );
    expect(check?.source).toMatch(/IXEMPRA prescribing information, section 2/);
  });
  it('a lower level the patient history supports (20 less 20% = 16 mg/m²) explains the order', () => {
    expect(lowestSupportedDoseMgPerM2([dec('16')]).toString()).toBe('16');
    expect(doseBelowLevelsCheck(dec('16'), [dec('16')])).toBeUndefined();
    expect(doseBelowLevelsCheck(dec('15.9'), [dec('16')])?.message).toMatch(/reduced level of 16 mg\/m²/);
    // A supported level above 20 does not raise the threshold.
    expect(lowestSupportedDoseMgPerM2([dec('32')]).toString()).toBe('20');
  });
});

describe('a strong CYP3A4 inhibitor and a strong inducer both ticked', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('inhibitor %s, inducer %s: warned %s', (inhibitor, inducer, warned) => {
    const checks = codes(20, { strongCyp3a4Inhibitor: inhibitor, strongCyp3a4Inducer: inducer });
    expect(checks.includes('CYP3A4_INHIBITOR_AND_INDUCER')).toBe(warned);
  });
});

describe('infusion times in calculate()', () => {
  const admin = (start: string, stop: string) => run(40, { infusionTimes: { start, stop } });
  it('start 13:00, stop 12:50: a stop check and no administration line (no 96415 × 23)', () => {
    const result = admin('13:00', '12:50');
    expect(result.billing.adminCodes).toEqual([]);
    expect(result.checks.find((c) => c.severity === 'stop')).toMatchObject({
      code: 'INFUSION_TIMES_IMPOSSIBLE',
      holdKind: 'check-times',
    });
  });
  it('10:00 → 16:00 is 360 min: 96413 + 96415 × 5 (360 − 90 = 270 min = 4.5 h, up to 5)', () => {
    expect(admin('10:00', '16:00').billing.adminCodes).toEqual([
      { code: '96413', units: 1 },
      { code: '96415', units: 5 },
    ]);
  });
  it('10:00 → 16:01 is 361 min: a stop (report), no administration line', () => {
    const result = admin('10:00', '16:01');
    expect(result.billing.adminCodes).toEqual([]);
    expect(result.checks[0]).toMatchObject({ code: 'INFUSION_OVER_6_HOURS', holdKind: 'report' });
  });
  it('22:30 → 01:30 crosses midnight: 180 min, 96413 + 96415 × 2', () => {
    const result = admin('22:30', '01:30');
    expect(result.billing.adminCodes).toEqual([
      { code: '96413', units: 1 },
      { code: '96415', units: 2 },
    ]);
    expect(result.checks.some((c) => c.severity === 'stop')).toBe(false);
  });
  it('"0900" and "9:00" are the same time in every form', () => {
    expect(admin('0900', '1200').billing.adminCodes).toEqual(admin('9:00', '12:00').billing.adminCodes);
  });
  it('an unreadable time is an error on its field', () => {
    const result = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      infusionTimes: { start: '1:00 PM', stop: '16:00' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.field).toBe('infusionTimes.start');
  });
});
