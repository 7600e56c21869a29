// The one-claim form's "Kit sizes on hand (documented)": least waste is judged among them.
// Worked by hand: 72.8 mg from 2 × 45 mg = 90 mg; 73 units given; 90 − 73 = 17 discarded (17.2 mg);
// 09:00–12:00 = 180 min → 96413 × 1 + 96415 × 2. The audit date is fixed: no test reads the clock.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { AuditPage } from './audit-page';

afterEach(cleanup);

async function fillTwoFortyFives(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Date of service'), '2026-11-27');
  await user.type(screen.getByLabelText('Dose given (mg)'), '72.8');
  await user.type(screen.getByLabelText('45 mg kits opened'), '2');
  await user.type(screen.getByLabelText('Amount discarded (mg)'), '17.2');
  await user.type(screen.getByLabelText('Line 1 units'), '73');
  await user.type(screen.getByLabelText('Line 2 units'), '17');
  await user.type(screen.getByLabelText('Infusion start'), '09:00');
  await user.type(screen.getByLabelText('Infusion stop'), '12:00');
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  for (const [n, code, units] of [
    [3, '96413', '1'],
    [4, '96415', '2'],
  ] as const) {
    await user.clear(screen.getByLabelText(`Line ${n} code`));
    await user.type(screen.getByLabelText(`Line ${n} code`), code);
    await user.clear(screen.getByLabelText(`Line ${n} units`));
    await user.type(screen.getByLabelText(`Line ${n} units`), units);
  }
}

it('2 × 45 mg with 45 mg only documented is clean; with both sizes it is not least waste', {
  timeout: 60_000,
}, async () => {
  const user = userEvent.setup({ delay: null });
  render(<AuditPage today={() => '2026-11-29'} />);
  await fillTwoFortyFives(user);
  await user.click(screen.getByRole('button', { name: 'Audit claim' }));
  expect(await screen.findByText(/covers it with less waste/)).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('Kit sizes on hand (documented)'), '45 mg only');
  await user.click(screen.getByRole('button', { name: 'Audit claim' }));
  expect(await screen.findByText('Clean: the billed lines match the documentation.')).toBeInTheDocument();
});
