// The time limits as a nurse uses them: found by label and role. Deadlines worked out by hand:
// reconstituted 09:45 + 1 h = 10:45; prepared 10:00 + 6 h = 16:00.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Check } from '../../domain';
import { ClockProvider } from '../../lib/clock';
import { TimingGuards } from './timing-guards';

function setTime(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('TimingGuards', () => {
  afterEach(cleanup);

  it('gives "use the reconstituted vial by" and "finish the infusion by", with the minutes left', () => {
    render(<TimingGuards now="10:15" />);
    setTime('Reconstitution time', '09:45');
    setTime('Preparation time', '10:00');
    // 10:45 − 10:15 = 30 min; 16:00 − 10:15 = 5 h 45 min = 345 min.
    expect(screen.getByText('Use reconstituted vial by').nextElementSibling).toHaveTextContent(
      '10:45 — 30 min left',
    );
    expect(screen.getByText('Finish infusion by').nextElementSibling).toHaveTextContent(
      '16:00 — 345 min left',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a stop time past the 6-hour limit is a stop check, reported to the host for the hold', () => {
    const onChecksChange = vi.fn<(checks: Check[]) => void>();
    render(
      <TimingGuards now="17:00" infusionStart="13:00" infusionStop="16:30" onChecksChange={onChecksChange} />,
    );
    setTime('Preparation time', '10:00');
    // 10:00 → 16:30 is 6 h 30 min, 30 min past the limit.
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Stop: Infusion stop 16:30 is 6 h 30 min after preparation: past the label's limit of 6 hours/,
    );
    expect(onChecksChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ code: 'INFUSION_FINISH_LIMIT', severity: 'stop', holdKind: 'report' }),
    ]);
  });

  it('the vial kept past 1 hour before preparation is a stop; exactly 1 hour is not', () => {
    render(<TimingGuards now="12:00" />);
    setTime('Reconstitution time', '09:45');
    setTime('Preparation time', '10:45');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    setTime('Preparation time', '10:46');
    expect(screen.getByRole('alert')).toHaveTextContent(/1 h 1 min after reconstitution at 09:45/);
  });

  it('an infusion shorter than 3 hours is a warning; with an inducer the bar is 4 hours', () => {
    const { rerender } = render(<TimingGuards now="09:00" infusionStart="10:00" infusionStop="12:30" />);
    expect(screen.getByText(/shorter than the label's 3 hours/)).toBeInTheDocument();
    expect(screen.getByText('Infusion time').nextElementSibling).toHaveTextContent(
      '2 h 30 min (label: at least 3 h)',
    );
    rerender(<TimingGuards now="09:00" infusionStart="10:00" infusionStop="13:30" strongCyp3a4Inducer />);
    expect(screen.getByText(/shorter than 4 hours with a strong CYP3A4 inducer/)).toBeInTheDocument();
  });

  it('times entered the wrong way round are a stop reported for the hold (check the times)', () => {
    const onChecksChange = vi.fn<(checks: Check[]) => void>();
    render(<TimingGuards now="11:00" onChecksChange={onChecksChange} />);
    setTime('Reconstitution time', '10:00');
    setTime('Preparation time', '09:50');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Stop: Preparation time 09:50 is before reconstitution time 10:00: check the times/,
    );
    expect(screen.getByLabelText('Preparation time')).toHaveValue('09:50');
    expect(onChecksChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ code: 'TIMES_OUT_OF_ORDER', severity: 'stop', holdKind: 'check-times' }),
    ]);
  });

  it('an infusion start before the preparation time is a stop', () => {
    render(<TimingGuards now="11:00" infusionStart="09:50" />);
    setTime('Preparation time', '10:00');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Infusion start 09:50 is before preparation time 10:00: check the times/,
    );
  });

  it('a reconstitution time later than now is flagged', () => {
    render(<TimingGuards now="14:05" />);
    setTime('Reconstitution time', '14:30');
    expect(screen.getByText(/Reconstitution time 14:30 is later than now \(14:05\)/)).toBeInTheDocument();
  });

  it('the time fields are 24-hour text fields; "Now" fills in the app clock\'s time', () => {
    render(<TimingGuards now="14:05" />);
    const field = screen.getByLabelText('Reconstitution time');
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAccessibleDescription(/24-hour HH:MM/);
    fireEvent.click(screen.getByRole('button', { name: 'Now for reconstitution' }));
    expect(field).toHaveValue('14:05');
    expect(screen.getByText('Use reconstituted vial by').nextElementSibling).toHaveTextContent(
      '15:05 — 60 min left',
    );
  });

  it('"Now" reads the app\'s clock when no time is given (clock fixed at 13:48:59)', () => {
    render(
      <ClockProvider now={new Date(2026, 10, 27, 13, 48, 59)}>
        <TimingGuards />
      </ClockProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Now for preparation' }));
    expect(screen.getByLabelText('Preparation time')).toHaveValue('13:48');
  });

  it('a time typed on the numeric keypad (1348) is shown as 13:48 once the field is left', () => {
    render(<TimingGuards now="14:05" />);
    setTime('Preparation time', '1348');
    fireEvent.blur(screen.getByLabelText('Preparation time'));
    expect(screen.getByLabelText('Preparation time')).toHaveValue('13:48');
    expect(screen.getByText('Finish infusion by').nextElementSibling).toHaveTextContent('19:48');
  });

  it("uses the app's clock when no time is given, and says so (the clock fixed at 10:50)", () => {
    render(
      <ClockProvider now={new Date(2026, 10, 27, 10, 50)}>
        <TimingGuards />
      </ClockProvider>,
    );
    setTime('Reconstitution time', '09:45');
    // 10:50 is 65 min after 09:45: the vial passed its 10:45 limit 5 min ago, and nothing is prepared.
    const section = screen.getByRole('region', { name: 'Time limits' });
    expect(within(section).getByText('Use reconstituted vial by').nextElementSibling).toHaveTextContent(
      '10:45 — passed 5 min ago',
    );
    expect(within(section).getByRole('alert')).toHaveTextContent(/It is 10:50 and nothing is prepared yet/);
    expect(within(section).getByText(/this device's clock \(10:50\)/)).toBeInTheDocument();
  });

  it('before the clock is read, gives the deadlines without "minutes left" and raises nothing on "now"', () => {
    render(<TimingGuards />);
    setTime('Reconstitution time', '09:45');
    expect(screen.getByText('Use reconstituted vial by').nextElementSibling).toHaveTextContent(/^10:45$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/this device's clock; nothing is stored/)).toBeInTheDocument();
  });
});
