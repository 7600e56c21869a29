// The label's time windows (shared/reference/j9207.md): reconstituted solution ≤ 1 hour in the vial;
// the infusion finished within 6 hours of preparation; infused over 3 hours (4 with a strong CYP3A4
// inducer). Expected times are worked out by hand in each case's name.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTiming, formatClockTime, type TimingInput } from './timing';

function ok(input: TimingInput) {
  const result = checkTiming(input);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}
const codes = (input: TimingInput) => ok(input).checks.map((c) => c.code);

describe('use the reconstituted vial by (reconstitution + 1 hour)', () => {
  it('09:45 + 1 h = 10:45', () => {
    expect(ok({ reconstitutedAt: '09:45' }).useVialBy).toMatchObject({
      time: '10:45',
      nextDay: false,
      text: '10:45',
    });
  });
  it('across midnight: 23:30 + 1 h = 00:30 the next day', () => {
    expect(ok({ reconstitutedAt: '23:30' }).useVialBy).toMatchObject({
      time: '00:30',
      nextDay: true,
      text: '00:30 (next day)',
    });
  });
  it.each([
    ['09:45 → 10:45 is 60 min: within the hour', '09:45', '10:45', false],
    ['09:45 → 10:46 is 61 min: past the hour', '09:45', '10:46', true],
    ['23:30 → 00:30 is 60 min across midnight: within', '23:30', '00:30', false],
    ['23:30 → 00:31 is 61 min across midnight: past', '23:30', '00:31', true],
  ])('prepared %s', (_name, reconstitutedAt, preparedAt, raised) => {
    expect(codes({ reconstitutedAt, preparedAt }).includes('VIAL_TIME_EXCEEDED')).toBe(raised);
  });
  it('the vial check is a stop that names both times and the limit', () => {
    const check = ok({ reconstitutedAt: '09:45', preparedAt: '10:46' }).checks[0];
    expect(check?.severity).toBe('stop');
    expect(check?.message).toMatch(/Prepared at 10:46: 1 h 1 min after reconstitution at 09:45/);
    expect(check?.message).toMatch(/use by 10:45/);
  });
  it.each([
    ['now 10:45 = 60 min after 09:45: 0 min left, no check', '10:45', 0, false],
    ['now 10:46 = 61 min: 1 min past, stop', '10:46', -1, true],
    ['now 10:15 = 30 min: 30 min left', '10:15', 30, false],
  ])('nothing prepared yet, %s', (_name, now, minutesLeft, raised) => {
    const result = ok({ reconstitutedAt: '09:45', now });
    expect(result.useVialBy?.minutesLeft).toBe(minutesLeft);
    expect(result.checks.some((c) => c.code === 'VIAL_TIME_EXCEEDED')).toBe(raised);
  });
  it('a reconstitution time later than now (planned) is not read as yesterday', () => {
    // 09:40 is 5 minutes before 09:45; read as 23 h 55 min after it, the vial would look expired.
    const result = ok({ reconstitutedAt: '09:45', now: '09:40' });
    expect(result.checks).toEqual([]);
    expect(result.useVialBy?.minutesLeft).toBeUndefined();
  });
});

describe('finish the infusion by (preparation + 6 hours)', () => {
  it('10:00 + 6 h = 16:00', () => {
    expect(ok({ preparedAt: '10:00' }).finishInfusionBy).toMatchObject({ time: '16:00', nextDay: false });
  });
  it('across midnight: 21:30 + 6 h = 03:30 the next day', () => {
    expect(ok({ preparedAt: '21:30' }).finishInfusionBy?.text).toBe('03:30 (next day)');
  });
  it.each([
    ['stop 16:00 is 360 min after 10:00: on the limit', '10:00', '13:00', '16:00', false],
    ['stop 16:01 is 361 min after 10:00: past', '10:00', '13:00', '16:01', true],
    ['stop 03:30 is 360 min after 21:30 (across midnight): on the limit', '21:30', '00:30', '03:30', false],
    ['stop 03:31 is 361 min after 21:30: past', '21:30', '00:30', '03:31', true],
  ])('%s', (_name, preparedAt, infusionStartAt, infusionStopAt, raised) => {
    const result = ok({ preparedAt, infusionStartAt, infusionStopAt });
    expect(result.checks.some((c) => c.code === 'INFUSION_FINISH_LIMIT' && c.severity === 'stop')).toBe(
      raised,
    );
  });
  it('the finish check names the stop time, the time since preparation and the limit', () => {
    const check = ok({ preparedAt: '10:00', infusionStartAt: '13:00', infusionStopAt: '16:30' }).checks[0];
    expect(check?.message).toMatch(/Infusion stop 16:30 is 6 h 30 min after preparation/);
    expect(check?.message).toMatch(/finish by 16:00/);
  });
  it.each([
    ['start 13:00 + 3 h = 16:00: just in time', '13:00', false, false],
    ['start 13:01 + 3 h = 16:01: too late', '13:01', false, true],
    ['with an inducer, start 12:00 + 4 h = 16:00: just in time', '12:00', true, false],
    ['with an inducer, start 12:01 + 4 h = 16:01: too late', '12:01', true, true],
  ])('no stop entered yet, prepared 10:00, %s', (_name, infusionStartAt, strongCyp3a4Inducer, raised) => {
    const checks = ok({ preparedAt: '10:00', infusionStartAt, strongCyp3a4Inducer }).checks;
    expect(checks.some((c) => c.code === 'INFUSION_FINISH_LIMIT')).toBe(raised);
  });
  it.each([
    ['now 16:00, 360 min after 10:00: 0 min left', '16:00', 0, false],
    ['now 16:01: 1 min past', '16:01', -1, true],
  ])('no start or stop entered, %s', (_name, now, minutesLeft, raised) => {
    const result = ok({ preparedAt: '10:00', now });
    expect(result.finishInfusionBy?.minutesLeft).toBe(minutesLeft);
    expect(result.checks.some((c) => c.code === 'INFUSION_FINISH_LIMIT')).toBe(raised);
  });
});

describe('infusion length (label: 3 hours; 4 hours with a strong CYP3A4 inducer)', () => {
  it.each([
    ['10:00–13:00 = 180 min: the label time', '10:00', '13:00', false, 180, false],
    ['10:00–12:59 = 179 min: too short', '10:00', '12:59', false, 179, true],
    ['22:30–01:30 = 180 min across midnight', '22:30', '01:30', false, 180, false],
    ['22:30–01:29 = 179 min across midnight: too short', '22:30', '01:29', false, 179, true],
    ['inducer, 10:00–14:00 = 240 min', '10:00', '14:00', true, 240, false],
    ['inducer, 10:00–13:59 = 239 min: too short', '10:00', '13:59', true, 239, true],
  ])('%s', (_name, infusionStartAt, infusionStopAt, strongCyp3a4Inducer, minutes, raised) => {
    const result = ok({ infusionStartAt, infusionStopAt, strongCyp3a4Inducer });
    expect(result.infusionMinutes).toBe(minutes);
    expect(result.minimumInfusionMinutes).toBe(strongCyp3a4Inducer ? 240 : 180);
    const check = result.checks.find((c) => c.code === 'INFUSION_TOO_SHORT');
    expect(check !== undefined).toBe(raised);
    if (check) expect(check.severity).toBe('warning');
  });
  it('names the inducer rule when it applies', () => {
    const check = ok({ infusionStartAt: '10:00', infusionStopAt: '13:30', strongCyp3a4Inducer: true })
      .checks[0];
    expect(check?.message).toMatch(/3 h 30 min, shorter than 4 hours with a strong CYP3A4 inducer/);
  });
});

describe('entries that cannot be read', () => {
  it('an impossible time is an error on its field; empty fields are ignored', () => {
    const result = checkTiming({ reconstitutedAt: '25:00', preparedAt: '', infusionStartAt: null });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'reconstitutedAt', message: expect.stringMatching(/24-hour time/) }],
    });
  });
  it('times entered the wrong way round (preparation before reconstitution) are refused, not read as a day later', () => {
    const result = checkTiming({ reconstitutedAt: '10:00', preparedAt: '09:50', infusionStartAt: '10:05' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.field).toBe('preparedAt');
  });
  it('a time more than 12 hours after the one before it is refused: 10:00 then 09:50 is not 23 h 50 min later', () => {
    const result = checkTiming({ reconstitutedAt: '10:00', preparedAt: '09:50' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(
        /Preparation time 09:50 comes before reconstitution time 10:00/,
      );
    // 12 hours exactly is still read as later the same day (or the next).
    expect(checkTiming({ infusionStartAt: '10:00', infusionStopAt: '22:00' }).ok).toBe(true);
    expect(checkTiming({ infusionStartAt: '10:00', infusionStopAt: '22:01' }).ok).toBe(false);
  });
  it('stop equal to start is refused', () => {
    const result = checkTiming({ infusionStartAt: '10:00', infusionStopAt: '10:00' });
    expect(result.ok).toBe(false);
  });
  it('nothing entered: no deadlines, no checks', () => {
    expect(checkTiming({})).toEqual({ ok: true, minimumInfusionMinutes: 180, checks: [], steps: [] });
  });
});

describe('the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('is never read: the same input gives the same answer at any system time', () => {
    const input: TimingInput = { reconstitutedAt: '09:45', preparedAt: '10:00', infusionStartAt: '10:30' };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
    const morning = checkTiming(input);
    vi.setSystemTime(new Date('2026-11-28T23:59:00Z'));
    expect(checkTiming(input)).toEqual(morning);
  });
});

describe('properties', () => {
  const clock = fc.integer({ min: 0, max: 1439 });
  it('use-by is always reconstitution + 60 minutes on the clock', () => {
    fc.assert(
      fc.property(clock, (t) => {
        const result = ok({ reconstitutedAt: formatClockTime(t) });
        return (
          result.useVialBy?.time === formatClockTime(t + 60) && result.useVialBy.nextDay === t + 60 >= 1440
        );
      }),
    );
  });
  it('a stop d minutes after preparation raises the finish check exactly when d > 360', () => {
    fc.assert(
      fc.property(clock, fc.integer({ min: 1, max: 720 }), (prep, d) => {
        const checks = ok({
          preparedAt: formatClockTime(prep),
          infusionStartAt: formatClockTime(prep),
          infusionStopAt: formatClockTime(prep + d),
        }).checks;
        return checks.some((c) => c.code === 'INFUSION_FINISH_LIMIT') === d > 360;
      }),
    );
  });
});
