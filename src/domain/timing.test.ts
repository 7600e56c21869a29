// The label's time windows (docs/reference.md): reconstituted solution ≤ 1 hour in the vial;
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
  it('a reconstitution time later than now is flagged as in the future, not read as yesterday', () => {
    // 09:45 is 5 minutes after now 09:40; read as yesterday it would be 23 h 55 min old (expired).
    const result = ok({ reconstitutedAt: '09:45', now: '09:40' });
    expect(result.checks.map((c) => [c.code, c.severity])).toEqual([['TIME_IN_FUTURE', 'warning']]);
    expect(result.checks[0]?.message).toMatch(/^Reconstitution time 09:45 is later than now \(09:40\)/);
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
  it('times entered the wrong way round (preparation before reconstitution) are a stop, not read as a day later', () => {
    const result = ok({ reconstitutedAt: '10:00', preparedAt: '09:50', infusionStartAt: '10:05' });
    const check = result.checks[0];
    expect(check).toMatchObject({ code: 'TIMES_OUT_OF_ORDER', severity: 'stop', holdKind: 'check-times' });
    expect(check?.message).toMatch(/^Preparation time 09:50 is before reconstitution time 10:00/);
    // No vial-time stop is worked out from 10:00 → 09:50 read as 23 h 50 min.
    expect(result.checks.some((c) => c.code === 'VIAL_TIME_EXCEEDED')).toBe(false);
  });
  it.each([
    // prep 10:00 → start 22:00 is 720 min: at most 12 h, read as later (and past the 6-hour limit)
    ['start 22:00, 12 h after preparation 10:00: later, not before', '22:00', false],
    // 09:59 read as the next day would be 1439 min after 10:00 (> 720): entered before it
    ['start 09:59, 1 min before preparation 10:00: before', '09:59', true],
    ['start 09:50, 10 min before preparation 10:00: before', '09:50', true],
    ['start 22:01, 12 h 1 min after preparation 10:00: read as before', '22:01', true],
    ['start 10:00, at preparation: not before', '10:00', false],
  ])('an infusion start before the preparation time is a stop: %s', (_name, infusionStartAt, raised) => {
    const checks = ok({ preparedAt: '10:00', infusionStartAt }).checks;
    const check = checks.find((c) => c.code === 'TIMES_OUT_OF_ORDER');
    expect(check !== undefined).toBe(raised);
    if (check) {
      expect(check.severity).toBe('stop');
      expect(check.message).toMatch(
        new RegExp(`^Infusion start ${infusionStartAt} is before preparation time 10:00`),
      );
    }
  });
  it('the start → stop pair is left to calculate(): a stop 12:50 after a start 13:00 gives no infusion length here', () => {
    const result = ok({ infusionStartAt: '13:00', infusionStopAt: '12:50' });
    expect(result.infusionMinutes).toBeUndefined();
    expect(result.checks).toEqual([]);
    // 6 hours exactly is a possible infusion: 10:00 → 16:00 = 360 min.
    expect(ok({ infusionStartAt: '10:00', infusionStopAt: '16:00' }).infusionMinutes).toBe(360);
    expect(ok({ infusionStartAt: '10:00', infusionStopAt: '16:01' }).infusionMinutes).toBeUndefined();
  });
  it('stop equal to start is refused', () => {
    const result = checkTiming({ infusionStartAt: '10:00', infusionStopAt: '10:00' });
    expect(result.ok).toBe(false);
  });
  it('nothing entered: no deadlines, no checks', () => {
    expect(checkTiming({})).toEqual({ ok: true, minimumInfusionMinutes: 180, checks: [], steps: [] });
  });
});

describe('times later than now', () => {
  it.each([
    // now 14:05: 14:06 is 1 min ahead (future); 14:05 is now; 02:05 is 12 h before (past, the
    // horizon); 02:04 is 12 h 1 min before, so read as 11 h 59 min ahead (future)
    ['14:06, 1 min after now 14:05: future', '14:06', true],
    ['14:05, now: not future', '14:05', false],
    ['14:04, 1 min before now: not future', '14:04', false],
    ['02:05, 12 h before now: past', '02:05', false],
    ['02:04, 11 h 59 min after now: future', '02:04', true],
    ['23:50 with now 00:10 (20 min before, across midnight): past', '23:50', false],
  ])('%s', (_name, time, raised) => {
    const now = time === '23:50' ? '00:10' : '14:05';
    for (const field of ['reconstitutedAt', 'preparedAt', 'infusionStartAt', 'infusionStopAt'] as const) {
      const checks = ok({ [field]: time, now }).checks;
      expect(checks.some((c) => c.code === 'TIME_IN_FUTURE' && c.severity === 'warning')).toBe(raised);
    }
  });
  it('names each future time in one warning', () => {
    const check = ok({ reconstitutedAt: '14:30', preparedAt: '14:40', now: '14:05' }).checks.find(
      (c) => c.code === 'TIME_IN_FUTURE',
    );
    expect(check?.message).toMatch(
      /^Reconstitution time 14:30 and preparation time 14:40 are later than now \(14:05\)/,
    );
  });
});

describe('who resolves each timing stop', () => {
  it('a vial past 1 hour: prepare again', () => {
    expect(ok({ reconstitutedAt: '09:00', preparedAt: '10:01' }).checks[0]?.holdKind).toBe('prepare-again');
  });
  it('an infusion stopped past the 6-hour limit: report it', () => {
    const check = ok({ preparedAt: '10:00', infusionStartAt: '13:00', infusionStopAt: '16:01' }).checks[0];
    expect(check?.holdKind).toBe('report');
    expect(check?.message).toMatch(/report it/);
  });
  it('a planned stop past the limit (still ahead of now): prepare again', () => {
    // now 12:00 is before the stop 16:01 (4 h 1 min ahead)
    const check = ok({ preparedAt: '10:00', infusionStartAt: '13:00', infusionStopAt: '16:01', now: '12:00' })
      .checks[0];
    expect(check?.holdKind).toBe('prepare-again');
    // now 16:05 is after the stop: it happened, report it
    expect(
      ok({ preparedAt: '10:00', infusionStartAt: '13:00', infusionStopAt: '16:01', now: '16:05' }).checks[0]
        ?.holdKind,
    ).toBe('report');
  });
  it('an infusion that cannot finish in time (no stop yet): prepare again', () => {
    const check = ok({ preparedAt: '10:00', infusionStartAt: '13:01' }).checks[0];
    expect(check?.holdKind).toBe('prepare-again');
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
        // The start is at most 300 min before the stop, so the pair alone is always possible.
        const checks = ok({
          preparedAt: formatClockTime(prep),
          infusionStartAt: formatClockTime(prep + Math.max(0, d - 300)),
          infusionStopAt: formatClockTime(prep + d),
        }).checks;
        return checks.some((c) => c.code === 'INFUSION_FINISH_LIMIT') === d > 360;
      }),
    );
  });
});
