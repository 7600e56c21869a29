import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditPage } from './audit-page';

// Worked example: 72.8 mg given from 1 × 45 + 2 × 15 = 75 mg; units given 72.8 → 73 (rounded up);
// discarded 75 − 73 = 2 units (2.2 mg documented); 09:00–12:00 = 180 min → 96413 × 1 + 96415 × 2.
// The audit date is fixed: no test reads the clock.
const today = () => '2026-11-29';

async function fillDocumentation(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Date of service'), '2026-11-27');
  await user.type(screen.getByLabelText('Dose given (mg)'), '72.8');
  await user.type(screen.getByLabelText('45 mg kits opened'), '1');
  await user.type(screen.getByLabelText('15 mg kits opened'), '2');
  await user.type(screen.getByLabelText('Amount discarded (mg)'), '2.2');
  await user.type(screen.getByLabelText('Infusion start'), '09:00');
  await user.type(screen.getByLabelText('Infusion stop'), '12:00');
  // Lines 3 and 4: the administration codes for 180 minutes.
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  await setLine(user, 3, '96413', '', '1');
  await setLine(user, 4, '96415', '', '2');
}

async function setLine(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  code: string,
  modifiers: string,
  units: string,
) {
  const codeInput = screen.getByLabelText(`Line ${n} code`);
  await user.clear(codeInput);
  await user.type(codeInput, code);
  const mods = screen.getByLabelText(`Line ${n} modifiers`);
  await user.clear(mods);
  if (modifiers) await user.type(mods, modifiers);
  const unitsInput = screen.getByLabelText(`Line ${n} units`);
  await user.clear(unitsInput);
  await user.type(unitsInput, units);
}

afterEach(cleanup);

describe('Audit view: one claim', () => {
  it('a correct claim is clean, with the lines unchanged', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await fillDocumentation(user);
    await setLine(user, 1, 'J9207', '', '73');
    await setLine(user, 2, 'J9207', 'JW', '2');
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));

    expect(await screen.findByText('Clean: the billed lines match the documentation.')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Billed lines and the lines the documentation supports',
    });
    expect(within(table).getAllByText('Same')).toHaveLength(4);
  });

  it('JW missing: the finding, its fix, and the JW line to add', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await fillDocumentation(user);
    await setLine(user, 1, 'J9207', '', '73');
    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));

    expect(await screen.findByText('1 finding to fix before the claim goes out.')).toBeInTheDocument();
    expect(screen.getByText(/2 whole units discarded, but no J9207-JW line bills them/)).toBeInTheDocument();
    expect(screen.getByText('Bill J9207 × 73 and J9207-JW × 2.')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Billed lines and the lines the documentation supports',
    });
    const added = within(table).getByText('Add').closest('tr');
    expect(added).toHaveTextContent('J9207-JW × 2');
  });

  it('units not rounded up and a confused code are named with the fix', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await fillDocumentation(user);
    await setLine(user, 1, 'J9371', '', '72');
    await setLine(user, 2, 'J9207', 'JW', '2');
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));

    expect(
      await screen.findByText(/J9371 is "Injection, vincristine sulfate liposome, 1 mg", not ixabepilone/),
    ).toBeInTheDocument();
    expect(screen.getByText('Remove J9371; bill J9207 × 73 and J9207-JW × 2.')).toBeInTheDocument();
  });

  it('an edit after the audit hides the result as out of date', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await fillDocumentation(user);
    await setLine(user, 1, 'J9207', '', '73');
    await setLine(user, 2, 'J9207', 'JW', '2');
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));
    await screen.findByText('Clean: the billed lines match the documentation.');

    await user.type(screen.getByLabelText('Dose given (mg)'), '5');
    expect(screen.queryByText('Clean: the billed lines match the documentation.')).not.toBeInTheDocument();
    expect(screen.getByText(/The claim has changed since the last audit/)).toBeInTheDocument();
  });

  it('keeps what was typed and shows the format error beside the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await user.type(screen.getByLabelText('Dose given (mg)'), '72.8.1');
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));

    const dose = screen.getByLabelText('Dose given (mg)');
    expect(dose).toHaveValue('72.8.1');
    await waitFor(() => expect(dose).toHaveAttribute('aria-invalid', 'true'));
    expect(dose).toHaveAccessibleDescription('Enter the dose as a number of mg, e.g. 72.8 or 72,8.');
    expect(screen.getByLabelText('Line 1 units')).toHaveAccessibleDescription(
      'Line 1: Units: a whole number of 1 or more.',
    );
  });

  it('a value the domain refuses is shown on its field (height 17 cm)', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await user.click(screen.getByLabelText('height, weight and mg/m²'));
    await user.type(screen.getByLabelText('Height'), '17');
    await user.type(screen.getByLabelText('Weight'), '70');
    await user.type(screen.getByLabelText('Ordered dose (mg/m²)'), '40');
    await setLine(user, 1, 'J9207', '', '73');
    await setLine(user, 2, 'J9207', 'JW', '2');
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));

    expect(
      await screen.findByText('Height 17 cm is outside 50–250 cm — check the unit.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Height')).toHaveAttribute('aria-invalid', 'true');
  });

  it('revenue: only with a limit and quarter typed; the JW line recovers 2 × $10.50', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await fillDocumentation(user);
    await setLine(user, 1, 'J9207', '', '73');
    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    await user.click(screen.getByRole('button', { name: 'Audit claim' }));
    await screen.findByText('1 finding to fix before the claim goes out.');
    expect(screen.queryByText('Allowed, corrected')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Payment limit per unit ($)'), '10.50');
    await user.type(screen.getByLabelText('ASP file quarter'), '2026 Q4');
    // Billed 73 × 10.50 = 766.50; corrected 75 × 10.50 = 787.50; JW 2 × 10.50 = 21.00;
    // Medicare pays 21.00 × 0.8 × 0.98 = 16.464 → $16.46.
    const totals = screen.getByText('Allowed, corrected').parentElement as HTMLElement;
    expect(within(totals).getByText('$766.50')).toBeInTheDocument();
    expect(within(totals).getByText('$787.50')).toBeInTheDocument();
    expect(
      within(totals).getByText(/\$21\.00 allowed \(2 × \$10\.50\); Medicare pays \$16\.46/),
    ).toBeInTheDocument();
  });

  it('switching to the batch view and back keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    await user.type(screen.getByLabelText('Dose given (mg)'), '72.8');
    await user.click(screen.getByRole('button', { name: 'CSV batch' }));
    expect(screen.getByRole('button', { name: 'CSV batch' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'One claim' }));
    expect(screen.getByLabelText('Dose given (mg)')).toHaveValue('72.8');
  });
});
