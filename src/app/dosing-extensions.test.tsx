// The dosing page with its extensions, as the app composes it: the blind second check takes the
// first calculation off the DOM and brings it back intact; its record reaches the worksheet; a
// timing stop holds the claim lines and the note. Found by role and label.
// First entry by hand: √(173.5 × 68.4 ÷ 3600) = 1.81563 → 1.82 m²; 37 × 1.82 = 67.34 → 67.3 mg.
// The app's clock is fixed at 10:30 on 27 November 2026: the time limits count from that hour.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';

const now = new Date(2026, 10, 27, 10, 30);

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('Not found', { status: 404 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function firstCalculation(user: ReturnType<typeof userEvent.setup>) {
  render(<App now={now} />);
  await user.type(screen.getByLabelText('Height'), '173.5');
  await user.type(screen.getByLabelText('Weight'), '68.4');
  await user.clear(screen.getByLabelText('Dose (mg/m²)'));
  await user.type(screen.getByLabelText('Dose (mg/m²)'), '37');
  const result = screen.getByRole('region', { name: 'Result' });
  expect(await within(result).findByText('67.3 mg')).toBeInTheDocument();
}

describe('the dosing page with the double check and time limits', () => {
  it('takes the first calculation off the DOM during the second entry and brings it back intact', async () => {
    const user = userEvent.setup();
    await firstCalculation(user);
    await user.type(await screen.findByLabelText('Your initials (first check)'), 'AB');
    await user.click(screen.getByRole('button', { name: 'Second check' }));

    expect(screen.getByRole('heading', { name: 'Second check: independent entry' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Result' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Printable worksheet' })).not.toBeInTheDocument();
    const html = document.body.innerHTML;
    for (const value of ['173.5', '68.4', '67.3', '33.65', '1.81563']) expect(html).not.toContain(value);
    const typed = [...document.querySelectorAll('input')].map((input) => input.value);
    for (const value of ['173.5', '68.4', '37']) expect(typed).not.toContain(value);

    await user.type(screen.getByLabelText('Height'), '173.5');
    await user.type(screen.getByLabelText('Weight'), '68.4');
    await user.type(screen.getByLabelText('Dose (mg/m²)'), '37');
    await user.type(screen.getByLabelText('Your initials (second check)'), 'CD');
    await user.click(screen.getByRole('button', { name: 'Compare with the first check' }));

    expect(
      await screen.findByRole('heading', { name: 'Independent double check: match' }),
    ).toBeInTheDocument();
    // The first entry is back as it was typed, with its result.
    expect(screen.getByLabelText('Height')).toHaveValue('173.5');
    expect(screen.getByLabelText('Dose (mg/m²)')).toHaveValue('37');
    expect(within(screen.getByRole('region', { name: 'Result' })).getByText('67.3 mg')).toBeInTheDocument();
    // The worksheet carries the record with both sets of initials.
    const worksheet = await screen.findByRole('article', { name: 'Printable worksheet' });
    const record = await within(worksheet).findByRole('region', { name: 'Independent double check record' });
    expect(within(record).getByRole('columnheader', { name: 'First check (AB)' })).toBeInTheDocument();
    expect(within(record).getByRole('columnheader', { name: 'Second check (CD)' })).toBeInTheDocument();

    // Changing the first entry afterwards: the comparison and the record are no longer current.
    await user.clear(screen.getByLabelText('Weight'));
    await user.type(screen.getByLabelText('Weight'), '70');
    expect(
      await screen.findByText(/The first calculation changed after the double check/),
    ).toBeInTheDocument();
    expect(within(worksheet).queryByRole('region', { name: 'Independent double check record' })).toBeNull();
  });

  it('a timing stop holds every claim line and opens the note with the hold and its reason', async () => {
    const user = userEvent.setup();
    await firstCalculation(user);
    const limits = await screen.findByRole('region', { name: 'Time limits' });
    // Reconstituted 09:00, prepared 10:05: 65 minutes in the vial, past the 1-hour limit.
    fireEvent.change(within(limits).getByLabelText('Reconstitution time'), { target: { value: '09:00' } });
    fireEvent.change(within(limits).getByLabelText('Preparation time'), { target: { value: '10:05' } });
    const table = await screen.findByRole('table', { name: /^Claim lines \(on hold\)/ });
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('ON HOLD — prepare again');
    }
    const note = screen.getByLabelText('Documentation note') as HTMLTextAreaElement;
    expect(note.value.split('\n').slice(0, 3)).toEqual([
      'ON HOLD — prepare again',
      expect.stringMatching(
        /^Reason: Prepared at 10:05: 1 h 5 min after reconstitution at 09:00.*prepare again\.$/,
      ),
      'Prepared again at __:__ by ____ (new reconstitution and preparation times recorded)',
    ]);
    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText(/^Hold: /)).toHaveTextContent(
      'Hold: Do not give this solution: discard it and prepare the dose again.',
    );
    // Prepared at 10:00 instead: exactly 1 hour in the vial, and at 10:30 the infusion is 30 min into
    // its 6 hours: the hold lifts.
    fireEvent.change(within(limits).getByLabelText('Preparation time'), { target: { value: '10:00' } });
    expect(await screen.findByRole('table', { name: /^Claim lines — / })).not.toHaveTextContent('ON HOLD');
  });
});
