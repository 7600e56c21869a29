// The one-claim form's "Kit sizes on hand (documented)": least waste is judged among them.
// Worked by hand: 72.8 mg from 2 × 45 mg = 90 mg; 73 units given; 90 − 73 = 17 discarded (17.2 mg).
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
}

it('2 × 45 mg with 45 mg only documented is clean; with both sizes it is not least waste', {
  timeout: 20_000,
}, async () => {
  const user = userEvent.setup({ delay: null });
  render(<AuditPage />);
  await fillTwoFortyFives(user);
  await user.click(screen.getByRole('button', { name: 'Audit claim' }));
  expect(await screen.findByText(/covers it with less waste/)).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('Kit sizes on hand (documented)'), '45 mg only');
  await user.click(screen.getByRole('button', { name: 'Audit claim' }));
  expect(await screen.findByText('Clean: the billed lines match the documentation.')).toBeInTheDocument();
});
