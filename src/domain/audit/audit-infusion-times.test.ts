// Administration codes against the documented infusion times, read by the one clock-time module:
// times longer than the 6 hours within which the label says the infusion must be finished (or a
// stop before the start, read as the next day) are a finding, and no administration line is
// "corrected" from them. Worked example: 72.8 mg → J9207 × 73 + J9207-JW × 2 (75 mg of kits).
import { describe, expect, it } from 'vitest';
import { auditClaim } from './audit-claim';
import type { AuditSuccess, BilledLine } from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });
const drug = [L('J9207', 73), L('J9207', 2, 'JW')];

function audit(infusionStart: string, infusionStop: string, admin: BilledLine[]): AuditSuccess {
  const result = auditClaim({
    dateOfService: '2026-11-27',
    payer: { type: 'medicare' },
    documentation: {
      doseMg: 72.8,
      kits: [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 2 },
      ],
      discardedMg: 2.2,
      infusionStart,
      infusionStop,
    },
    lines: [...drug, ...admin],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('audit: administration codes from the infusion times', () => {
  it('start 13:00, stop 12:50: a finding, and no "Bill 96413 × 1 and 96415 × 23"', () => {
    const r = audit('13:00', '12:50', [L('96413', 1), L('96415', 3)]);
    const finding = r.findings.find((f) => f.code === 'INFUSION_OVER_6_HOURS');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(
      /^13:00 to 12:50 reads as 1430 minutes \(the stop is earlier than the start/,
    );
    expect(r.findings.map((f) => f.fix).join(' ')).not.toMatch(/96415/);
    expect(r.findings.some((f) => f.code === 'ADMIN_CODES_MISMATCH')).toBe(false);
    // The administration lines stay as billed: nothing is corrected from these times.
    expect(r.corrected.filter((l) => l.hcpcs.startsWith('964'))).toEqual([L('96413', 1), L('96415', 3)]);
    expect(r.corrected.some((l) => l.hcpcs === '96415' && l.units === 23)).toBe(false);
  });
  it('09:00 → 15:00 is 360 min, within the 6 hours: corrected to 96413 + 96415 × 5 (270 min past 90 = 4.5 h, up to 5)', () => {
    const r = audit('09:00', '15:00', [L('96413', 1), L('96415', 2)]);
    expect(r.findings.find((f) => f.code === 'ADMIN_CODES_MISMATCH')?.fix).toBe(
      'Bill 96413 × 1 and 96415 × 5.',
    );
  });
  it('09:00 → 15:01 is 361 min: a finding, no correction', () => {
    const r = audit('09:00', '15:01', [L('96413', 1), L('96415', 5)]);
    expect(r.findings.map((f) => f.code)).toContain('INFUSION_OVER_6_HOURS');
    expect(r.findings.some((f) => f.code === 'ADMIN_CODES_MISMATCH')).toBe(false);
  });
  it('"0900" is read as 09:00, as on the dosing form', () => {
    const r = audit('0900', '1200', [L('96413', 1), L('96415', 2)]);
    expect(r.clean).toBe(true);
    expect(r.expected?.infusionMinutes).toBe(180);
  });
  it('a 12-hour time is refused with its 24-hour time', () => {
    const result = auditClaim({
      dateOfService: '2026-11-27',
      payer: { type: 'medicare' },
      documentation: { doseMg: 72.8, infusionStart: '1:00 PM', infusionStop: '16:00' },
      lines: drug,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'documentation.infusionStart',
          message: 'Infusion start: use the 24-hour clock: 1:00 PM is 13:00.',
        },
      ],
    });
  });
});
