// The blind double check as people use it: found by role and label. The first entry here has
// distinctive numbers (173.5 cm, 68.4 kg, 37 mg/m²) so their absence from the DOM can be asserted.
// First entry by hand: Mosteller √(173.5 × 68.4 ÷ 3600) = √3.29650 = 1.81563 → 1.82 m²;
// 37 × 1.82 = 67.34 → 67.3 mg; 33.65 → 33.7 mL; kits 75 mg (45 + 2 × 15); J9207 × 68; JW 75 − 68 = 7.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DoubleCheckEntry } from '../../domain';
import { DoubleCheckPanel } from './double-check-panel';

const first: DoubleCheckEntry = {
  height: { value: 173.5, unit: 'cm' },
  weight: { value: 68.4, unit: 'kg' },
  doseMgPerM2: 37,
  bsaFormula: 'mosteller',
  policy: { bsaDecimals: 2, doseDecimals: 1, vialRoundingPercent: 0 },
};

/** A stand-in for the dosing page: it shows the first result unless the double check asks it not to. */
function Host({ getFirstEntry }: { getFirstEntry: () => DoubleCheckEntry | undefined }) {
  const [blind, setBlind] = useState(false);
  return (
    <>
      {blind ? null : (
        <section aria-label="First result">
          173.5 cm, 68.4 kg, 37 mg/m² → 1.82 m², 67.3 mg, 33.7 mL, J9207 × 68, JW × 7
        </section>
      )}
      <DoubleCheckPanel getFirstEntry={getFirstEntry} firstReady onBlindChange={setBlind} />
    </>
  );
}

async function startSecondCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Your initials (first check)'), 'AB');
  await user.click(screen.getByRole('button', { name: 'Second check' }));
}

async function enterSecond(
  user: ReturnType<typeof userEvent.setup>,
  values: { height: string; weight: string; dose: string; initials?: string; heightUnit?: 'cm' | 'in' },
) {
  await user.type(screen.getByLabelText('Height'), values.height);
  if (values.heightUnit === 'in') await user.click(screen.getByRole('radio', { name: 'in' }));
  await user.type(screen.getByLabelText('Weight'), values.weight);
  await user.type(screen.getByLabelText('Dose (mg/m²)'), values.dose);
  await user.type(screen.getByLabelText('Your initials (second check)'), values.initials ?? 'CD');
  await user.click(screen.getByRole('button', { name: 'Compare with the first check' }));
}

describe('DoubleCheckPanel', () => {
  afterEach(cleanup);

  it("never puts the first person's entries or results in the DOM while the second person enters", async () => {
    const user = userEvent.setup();
    const getFirstEntry = vi.fn(() => first);
    const { container } = render(<Host getFirstEntry={getFirstEntry} />);
    expect(screen.getByLabelText('First result')).toBeInTheDocument();

    await startSecondCheck(user);

    expect(screen.getByRole('heading', { name: 'Second check: independent entry' })).toHaveFocus();
    expect(screen.queryByLabelText('First result')).not.toBeInTheDocument();
    // The first entry was not even read yet.
    expect(getFirstEntry).not.toHaveBeenCalled();
    // Not in the text, not in any attribute or input value.
    const html = container.innerHTML;
    for (const value of ['173.5', '173,5', '68.4', '68,4', '1.82', '67.3', '33.7', '× 68']) {
      expect(html).not.toContain(value);
    }
    expect(screen.getByLabelText('Dose (mg/m²)')).toHaveValue('');
    expect(screen.getByLabelText('Height')).toHaveValue('');
    expect(screen.getByLabelText('Weight')).toHaveValue('');
    for (const input of container.querySelectorAll('input')) {
      expect(['173.5', '68.4', '37']).not.toContain(input.value);
    }

    // Typing part of an entry still shows nothing of the first.
    await user.type(screen.getByLabelText('Height'), '17');
    expect(container.innerHTML).not.toContain('173.5');
  });

  it('states a match plainly, with both sets of entries and initials', async () => {
    const user = userEvent.setup();
    render(<Host getFirstEntry={() => first} />);
    await startSecondCheck(user);
    // The same patient entered with a decimal comma.
    await enterSecond(user, { height: '173,5', weight: '68,4', dose: '37' });

    const heading = await screen.findByRole('heading', { name: 'Independent double check: match' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Match: both checks give BSA 1.82 m², dose 67.3 mg, 33.7 mL, 1 × 45 mg + 2 × 15 mg, J9207 × 68 from the same entries.',
    );
    const results = screen.getByRole('table', { name: 'Results side by side' });
    const dose = within(results).getByRole('row', { name: /^Dose/ });
    expect(
      within(dose)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['67.3 mg', '67.3 mg', 'Same', '—']);
    const entries = screen.getByRole('table', { name: 'Entries side by side' });
    expect(within(entries).getByRole('columnheader', { name: 'First check (AB)' })).toBeInTheDocument();
    expect(within(entries).getByRole('columnheader', { name: 'Second check (CD)' })).toBeInTheDocument();
    expect(within(entries).getByRole('row', { name: /^Height 173.5 cm 173.5 cm Same/ })).toBeInTheDocument();
    // The first result is back on the page once the comparison is shown.
    expect(screen.getByLabelText('First result')).toBeInTheDocument();
  });

  it('shows a mismatch side by side with its cause: inches entered as cm', async () => {
    const user = userEvent.setup();
    render(<Host getFirstEntry={() => first} />);
    await startSecondCheck(user);
    // 173.5 cm ÷ 2.54 = 68.3 in, typed into the cm field: √(68.3 × 68.4 ÷ 3600) = 1.13917 → 1.14 m²;
    // 37 × 1.14 = 42.18 → 42.2 mg.
    await enterSecond(user, { height: '68.3', weight: '68.4', dose: '37' });

    expect(
      await screen.findByRole('heading', { name: 'Independent double check: mismatch' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Mismatch: .* Do not give the dose until both checks agree\./,
    );
    const results = screen.getByRole('table', { name: 'Results side by side' });
    const bsa = within(results).getByRole('row', { name: /^BSA used/ });
    expect(
      within(bsa)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.82 m²', '1.14 m²', 'Differs', 'Unit mix-up in height: inches entered as cm']);
    const dose = within(results).getByRole('row', { name: /^Dose/ });
    expect(
      within(dose)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('42.2 mg');
    expect(screen.getByRole('heading', { name: 'Why they differ' })).toBeInTheDocument();
    expect(screen.getByText(/the second entry looks like inches entered as cm/)).toBeInTheDocument();
  });

  it('names a typo: one digit different in the ordered dose (37 → 34 mg/m²)', async () => {
    const user = userEvent.setup();
    render(<Host getFirstEntry={() => first} />);
    await startSecondCheck(user);
    // 34 × 1.82 = 61.88 → 61.9 mg.
    await enterSecond(user, { height: '173.5', weight: '68.4', dose: '34' });
    const results = screen.getByRole('table', { name: 'Results side by side' });
    const dose = within(results).getByRole('row', { name: /^Dose/ });
    expect(
      within(dose)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['67.3 mg', '61.9 mg', 'Differs', 'Possible typo in ordered dose: one digit different']);
  });

  it('asks for the first initials before handing over', async () => {
    const user = userEvent.setup();
    const onBlindChange = vi.fn();
    render(<DoubleCheckPanel getFirstEntry={() => first} firstReady onBlindChange={onBlindChange} />);
    await user.click(screen.getByRole('button', { name: 'Second check' }));
    expect(screen.getByLabelText('Your initials (first check)')).toHaveAccessibleDescription(
      /Enter your initials \(letters\) before handing over/,
    );
    expect(onBlindChange).not.toHaveBeenCalled();
  });

  it('keeps what the second person typed and says what is wrong, in place', async () => {
    const user = userEvent.setup();
    render(<Host getFirstEntry={() => first} />);
    await startSecondCheck(user);
    await user.type(screen.getByLabelText('Height'), '17o');
    await user.click(screen.getByRole('button', { name: 'Compare with the first check' }));
    expect(screen.getByRole('alert')).toHaveTextContent('4 entries need attention.');
    expect(screen.getByLabelText('Height')).toHaveValue('17o');
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription(
      'Enter the height in cm as a number, e.g. 170 or 172,5.',
    );
    expect(screen.getByLabelText('Weight')).toHaveAccessibleDescription('Enter the weight.');
    expect(screen.getByLabelText('Your initials (second check)')).toHaveAccessibleDescription(
      /Enter your initials/,
    );
    // An out-of-range value is refused with the calculation's own words.
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '400');
    await user.type(screen.getByLabelText('Weight'), '70');
    await user.type(screen.getByLabelText('Dose (mg/m²)'), '37');
    await user.type(screen.getByLabelText('Your initials (second check)'), 'CD');
    await user.click(screen.getByRole('button', { name: 'Compare with the first check' }));
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription(/outside 50–250 cm/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('cancel brings the first calculation back without comparing', async () => {
    const user = userEvent.setup();
    const getFirstEntry = vi.fn(() => first);
    render(<Host getFirstEntry={getFirstEntry} />);
    await startSecondCheck(user);
    await user.click(screen.getByRole('button', { name: 'Cancel second check' }));
    expect(screen.getByLabelText('First result')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Second check' })).toBeInTheDocument();
    expect(getFirstEntry).not.toHaveBeenCalled();
  });

  it('does not show a comparison as current once the first entry has changed', async () => {
    const user = userEvent.setup();
    let current: DoubleCheckEntry = first;
    const { rerender } = render(<DoubleCheckPanel getFirstEntry={() => current} firstReady />);
    await startSecondCheck(user);
    await enterSecond(user, { height: '173.5', weight: '68.4', dose: '37' });
    expect(screen.getByRole('heading', { name: 'Independent double check: match' })).toBeInTheDocument();
    current = { ...first, weight: { value: 70, unit: 'kg' } };
    rerender(<DoubleCheckPanel getFirstEntry={() => current} firstReady />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /The first calculation changed after the double check/,
    );
  });

  it('reports a current mismatch as a stop check, and withdraws it on a match or on closing', async () => {
    const user = userEvent.setup();
    const onChecksChange = vi.fn();
    render(<DoubleCheckPanel getFirstEntry={() => first} firstReady onChecksChange={onChecksChange} />);
    await startSecondCheck(user);
    await enterSecond(user, { height: '68.3', weight: '68.4', dose: '37' });
    await screen.findByRole('heading', { name: 'Independent double check: mismatch' });
    expect(onChecksChange).toHaveBeenLastCalledWith([
      expect.objectContaining({
        code: 'DOUBLE_CHECK_MISMATCH',
        severity: 'stop',
        holdKind: 'second-check',
        message: expect.stringMatching(/^The independent double check does not match \(BSA used, Dose,/),
      }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Second check again' }));
    await enterSecond(user, { height: '173.5', weight: '68.4', dose: '37' });
    await screen.findByRole('heading', { name: 'Independent double check: match' });
    expect(onChecksChange).toHaveBeenLastCalledWith([]);
  });

  it('waits for a first result before offering the second check', () => {
    render(<DoubleCheckPanel getFirstEntry={() => undefined} firstReady={false} />);
    expect(screen.queryByRole('button', { name: 'Second check' })).not.toBeInTheDocument();
    expect(screen.getByText(/starts once the first calculation has a result/)).toBeInTheDocument();
  });
});
