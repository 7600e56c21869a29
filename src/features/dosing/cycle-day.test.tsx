// Component test: kit sizes on hand, kits opened and "Since the last cycle" on the dosing page.
// Worked by hand for 170 cm, 70 kg, 40 mg/m²: BSA 1.82 m², 72.8 mg, 73 units given.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsStorageKey } from './settings/settings';
import { renderDosingPage } from './testing/render-dosing-page';

type User = ReturnType<typeof renderDosingPage>['user'];

async function enterPatient(user: User) {
  await user.type(screen.getByLabelText('Height', { exact: true }), '170');
  await user.type(screen.getByLabelText('Weight', { exact: true }), '70');
}

const result = () => screen.getByRole('region', { name: 'Result' });

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('kit sizes on hand and kits opened', { timeout: 20_000 }, () => {
  it('45 mg only: 2 × 45 mg, J9207 × 73 and J9207-JW × 17 (90 − 73)', async () => {
    const { user } = renderDosingPage();
    expect(screen.getByRole('radio', { name: '15 mg and 45 mg' })).toBeChecked();
    await enterPatient(user);
    await user.click(screen.getByRole('radio', { name: '45 mg only' }));
    const region = within(result());
    expect(region.getByText('2 × 45 mg')).toBeInTheDocument();
    expect(region.getByText('J9207-JW').closest('li')).toHaveTextContent('J9207-JW × 17');
  });

  it('the default comes from Settings (what the pharmacy stocks)', async () => {
    localStorage.setItem(
      settingsStorageKey,
      JSON.stringify({
        bsaFormula: 'mosteller',
        bsaDecimals: 2,
        doseDecimals: 1,
        vialRoundingPercent: 0,
        ndcQualifier: 'UN',
        modifier340B: 'JG',
        defaultSiteOfCare: 'office',
        kitSizes: '15',
      }),
    );
    renderDosingPage();
    // The stored settings are read right after the first render.
    await waitFor(() => expect(screen.getByRole('radio', { name: '15 mg only' })).toBeChecked());
  });

  it('1 × 45 + 3 × 15 opened: the not-least-waste warning, JW × 17, and the reason prompt in the note', async () => {
    const { user } = renderDosingPage();
    await enterPatient(user);
    await user.type(screen.getByLabelText('Kits opened, 45 mg'), '1');
    await user.type(screen.getByLabelText('Kits opened, 15 mg'), '3');
    const region = within(result());
    expect(region.getByText('J9207-JW').closest('li')).toHaveTextContent('J9207-JW × 17');
    expect(region.getByText(/Kits opened:/).closest('p')).toHaveTextContent('1 × 45 mg + 3 × 15 mg = 90 mg');
    const checks = await screen.findByRole('region', { name: 'Checks' });
    expect(
      within(checks).getByText(/least-waste kits are 1 × 45 mg \+ 2 × 15 mg \(75 mg\): 15 mg more/),
    ).toBeInTheDocument();
    const note = screen.getByLabelText('Documentation note') as HTMLTextAreaElement;
    expect(note.value).toContain('Reason the least-waste kits were not opened');
  });
});

describe('since the last cycle', { timeout: 20_000 }, () => {
  it('grade 2 neuropathy for 7 days after 40 mg/m²: supported 32 mg/m² shown; 6 days changes nothing', async () => {
    const { user } = renderDosingPage();
    await enterPatient(user);
    await user.click(screen.getByRole('button', { name: /Since the last cycle/ }));
    await user.type(await screen.findByLabelText("Last cycle's dose (mg/m²)"), '40');
    await user.click(screen.getByRole('radio', { name: '2' }));
    const days = screen.getByLabelText('Days it lasted');
    await user.type(days, '7');
    expect(
      within(result())
        .getByText(/After the last cycle:/)
        .closest('p'),
    ).toHaveTextContent('label-supported level 32 mg/m²; ordered 40 mg/m²');
    const checks = await screen.findByRole('region', { name: 'Checks' });
    expect(within(checks).getByText(/40 mg\/m² × 0\.8 = 32 mg\/m²/)).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '6');
    expect(
      within(result())
        .getByText(/After the last cycle:/)
        .closest('p'),
    ).toHaveTextContent('label-supported level 40 mg/m²');
  });

  it('grade 3 for 7 days: the hold banner says discontinue, and billing is on hold', async () => {
    const { user } = renderDosingPage();
    await enterPatient(user);
    await user.click(screen.getByRole('button', { name: /Since the last cycle/ }));
    await user.type(await screen.findByLabelText("Last cycle's dose (mg/m²)"), '40');
    await user.click(screen.getByRole('radio', { name: '3' }));
    await user.type(screen.getByLabelText('Days it lasted'), '7');
    expect(within(result()).getByRole('alert')).toHaveTextContent('The label says discontinue ixabepilone');
    expect(within(result()).getByText('Billing units (on hold)')).toBeInTheDocument();
  });

  it('a grade 2 without its days asks for them on that field', async () => {
    const { user } = renderDosingPage();
    await enterPatient(user);
    await user.click(screen.getByRole('button', { name: /Since the last cycle/ }));
    await user.type(await screen.findByLabelText("Last cycle's dose (mg/m²)"), '40');
    await user.click(screen.getByRole('radio', { name: '2' }));
    expect(
      within(result()).getByText(/Enter how many days the grade 2 neuropathy lasted/),
    ).toBeInTheDocument();
  });
});
