// The pump rate follows the ordered infusion time when one is typed. Worked by hand for 170 cm,
// 70 kg, 40 mg/m²: 72.8 mg → 36.4 mL drawn up; 72.8 ÷ (250 + 36.4) = 0.25 mg/mL, so a 250 mL bag,
// 286.4 mL in all: over the label's 3 h 286.4 ÷ 3 = 95.47 → 95.5 mL/h; over 240 min 286.4 ÷ 4 = 71.6 mL/h.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderDosingPage } from '../testing/render-dosing-page';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it("an ordered 240 minutes sets the rate to 71.6 mL/h; empty, the label's 3 hours give 95.5 mL/h", async () => {
  const { user } = renderDosingPage();
  await user.type(screen.getByLabelText('Height'), '170');
  await user.type(screen.getByLabelText('Weight'), '70');
  const result = screen.getByRole('region', { name: 'Result' });
  await waitFor(() => expect(result).toHaveTextContent('95.5 mL/h'));
  await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
  await user.type(await screen.findByLabelText('Ordered infusion time (min)'), '240');
  await waitFor(() => expect(result).toHaveTextContent('71.6 mL/h'));
});
