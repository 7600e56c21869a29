import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsStorageKey } from './settings/settings';
import { renderDosingPage } from './testing/render-dosing-page';

/** Replaces navigator.clipboard for one test; afterEach puts back what was there. */
let restoreClipboard: (() => void) | undefined;
function replaceClipboard(clipboard: Pick<Clipboard, 'writeText'>) {
  const before = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  restoreClipboard = () => {
    if (before) Object.defineProperty(navigator, 'clipboard', before);
    else Reflect.deleteProperty(navigator, 'clipboard');
  };
}

// Worked by hand for 170 cm, 70 kg, 40 mg/m² (Mosteller, BSA half-up to 0.01 m², dose to 0.1 mg):
// BSA √(170 × 70 ÷ 3600) = √3.30555… = 1.81812… → 1.82 m²; dose 40 × 1.82 = 72.8 mg;
// draw up 72.8 ÷ 2 = 36.4 mL; kits 1 × 45 + 2 × 15 = 75 mg; J9207 units ⌈72.8⌉ = 73; JW 75 − 73 = 2;
// final volume 72.8 ÷ 0.6 = 121.33… → 121.4 mL, 72.8 ÷ 0.2 = 364 mL.

async function enterMetric(user: ReturnType<typeof renderDosingPage>['user'], height = '170', weight = '70') {
  await user.type(screen.getByLabelText('Height', { exact: true }), height);
  await user.type(screen.getByLabelText('Weight', { exact: true }), weight);
}

function resultRegion() {
  return screen.getByRole('region', { name: 'Result' });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  restoreClipboard?.();
  restoreClipboard = undefined;
  localStorage.clear();
});

describe('dosing form', () => {
  it('has visible labels Height, Weight and Dose (mg/m²), the dose prefilled with the label dose', () => {
    renderDosingPage();
    expect(screen.getByLabelText('Height', { exact: true })).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Weight', { exact: true })).toHaveValue('');
    const dose = screen.getByLabelText('Dose (mg/m²)');
    expect(dose).toHaveValue('40');
    expect(dose).toHaveAccessibleDescription(/Label dose prefilled: 40 mg\/m²/);
    expect(screen.getByRole('radio', { name: 'cm' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'kg' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Ixabepilone alone' })).toBeChecked();
    expect(screen.queryByRole('button', { name: /submit|calculate/i })).toBeNull();
  });

  it('asks for what is missing instead of showing a result', () => {
    renderDosingPage();
    expect(within(resultRegion()).getByText(/Enter height, weight and dose/)).toBeInTheDocument();
    expect(within(resultRegion()).getByText('Enter the height.')).toBeInTheDocument();
  });

  it('shows the error inline, tied to its field, keeps what was typed, and recovers', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    expect(within(resultRegion()).getByText('72.8 mg')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Suggested claim' })).toBeVisible();
    const weight = screen.getByLabelText('Weight', { exact: true });
    await user.clear(weight);
    await user.type(weight, '7O');
    await user.tab();
    expect(weight).toHaveValue('7O');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription('Enter the weight in kg as a number, e.g. 70 or 72,5.');
    // No stale result while the weight is invalid, nor the claim and documentation worked from it.
    expect(within(resultRegion()).queryByText('72.8 mg')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Suggested claim' })).toBeNull();
    expect(within(resultRegion()).getByText(/Enter height, weight and dose/)).toBeInTheDocument();
    await user.clear(weight);
    await user.type(weight, '70');
    expect(weight).not.toHaveAttribute('aria-invalid');
    expect(within(resultRegion()).getByText('72.8 mg')).toBeInTheDocument();
  });

  it('accepts a decimal comma', async () => {
    // √(170 × 72.5 ÷ 3600) = √3.42361… = 1.85030… → 1.85 m²; 40 × 1.85 = 74 mg
    const { user } = renderDosingPage();
    await enterMetric(user, '170', '72,5');
    expect(screen.getByLabelText('Weight', { exact: true })).toHaveValue('72,5');
    expect(within(resultRegion()).getByText('74 mg')).toBeInTheDocument();
  });

  it('says when a unit is likely wrong', async () => {
    // 170 in × 2.54 = 431.8 cm: outside 50–250 cm
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('radio', { name: 'in' }));
    // Asked which was meant; keeping 170 as inches is the mix-up the range check catches.
    await user.click(screen.getByRole('button', { name: 'Keep 170 as in' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Height', { exact: true })).toHaveAccessibleDescription(
        'Height 170 in (431.8 cm) is outside 50–250 cm — check the unit.',
      ),
    );
    expect(within(resultRegion()).queryByText('72.8 mg')).toBeNull();
  });
});

describe('results', () => {
  it('shows dose, volume, kits, final volume, BSA and billing units at once', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    const region = resultRegion();
    expect(within(region).getByText('72.8 mg')).toBeInTheDocument();
    expect(within(region).getByText('36.4 mL')).toBeInTheDocument();
    expect(within(region).getByText('Kits to open').nextElementSibling).toHaveTextContent(
      /^1 × 45 mg \+ 2 × 15 mg/,
    );
    expect(within(region).getByText('121.4–364 mL')).toBeInTheDocument();
    expect(within(region).getByText('1.82 m²')).toBeInTheDocument();
    const units = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(units).toEqual(['J9207 × 73', 'J9207-JW × 2']);
  });

  it('opens every step of the work with one tap', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    const button = await screen.findByRole('button', { name: 'Show the work' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const steps = screen.getByRole('list', { name: 'Steps of the calculation' });
    expect(steps).toBe(controlled);
    expect(steps).toBeVisible();
    expect(within(steps).getByText('40 mg/m² × 1.82 m² = 72.8 mg, half-up to 0.1 mg')).toBeVisible();
    expect(within(steps).getAllByText(/^Source:/).length).toBe(within(steps).getAllByRole('listitem').length);
  });
});

describe('checks', () => {
  it('holds with an alert on a stop check and keeps the numbers, claim lines on hold', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    await user.type(await screen.findByLabelText('ANC (cells/mm³)'), '900');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Hold/);
    expect(alert).toHaveTextContent(/ANC 900\/mm³ is below 1500\/mm³/);
    expect(within(resultRegion()).getByText('72.8 mg')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Claim lines \(on hold\)/ })).toBeInTheDocument();
    const checks = screen.getByRole('region', { name: 'Checks' });
    expect(
      within(checks).getByText(
        /Source: IXEMPRA prescribing information, section 2.3 \(re-treatment criteria\) and section 4/,
      ),
    ).toBeInTheDocument();
  });

  it('warns with capecitabine and raised liver tests entered as value and ULN', async () => {
    // AST 100 U/L ÷ ULN 40 U/L = 2.5 × ULN (not > 2.5); bilirubin 1.8 ÷ 1.2 = 1.5 × ULN > 1 → contraindicated
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('radio', { name: 'With capecitabine' }));
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    await user.click(await screen.findByRole('radio', { name: 'Value and ULN' }));
    await user.type(screen.getByLabelText('Bilirubin (mg/dL)'), '1,8');
    await user.type(screen.getByLabelText('Bilirubin upper limit of normal (mg/dL)'), '1,2');
    expect(screen.getByText('Bilirubin 1.8 ÷ 1.2 = 1.5 × ULN')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('bilirubin 1.5 × ULN > 1');
  });
});

describe('warnings and infos', () => {
  it('lists a warning and an info, each with its reason and source, without a hold', async () => {
    // 200 cm, 100 kg: √(200 × 100 ÷ 3600) = √5.5555… = 2.357… → 2.36 m² > 2.2 m² → dosed on 2.2 m²;
    // 45 mg/m² × 2.2 m² = 99 mg (above the label's 40 mg/m²: a warning)
    const { user } = renderDosingPage();
    await enterMetric(user, '200', '100');
    const dose = screen.getByLabelText('Dose (mg/m²)');
    await user.clear(dose);
    await user.type(dose, '45');
    expect(within(resultRegion()).getByText('99 mg')).toBeInTheDocument();
    const checks = await screen.findByRole('region', { name: 'Checks' });
    const items = within(checks).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.check__severity')?.textContent)).toEqual([
      'Warning:',
      'Note:',
    ]);
    expect(items[0]).toHaveTextContent(/45 mg\/m² is above the label dose of 40 mg\/m²/);
    expect(items[1]).toHaveTextContent(/BSA 2\.36 m² is above 2\.2 m²: the label doses on 2\.2 m²/);
    expect(within(checks).getAllByText(/^Source:/)).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(resultRegion()).getByText(/capped at 2\.2 m²/)).toBeInTheDocument();
  });
});

describe('claim lines', () => {
  it('lists J9207, J9207-JW and the administration codes with revenue code 0636 on a UB-04', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    // 09:00 → 12:00 = 180 min → 96413 × 1, 96415 × 2
    await user.type(await screen.findByLabelText('Start'), '09:00');
    await user.type(screen.getByLabelText('Stop'), '12:00');
    const table = await screen.findByRole('table', { name: 'Claim lines — UB-04' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(0, 4)).toEqual(['Code', 'Modifier', 'Units', 'Rev. code']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')]
          .slice(0, 4)
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['J9207', '—', '73', '0636'],
      ['J9207', 'JW', '2', '0636'],
      ['96413', '—', '1', '—'],
      ['96415', '—', '2', '—'],
    ]);
    expect(screen.getByText('Z51.11')).toBeInTheDocument();
    expect(screen.getByText('C50.-')).toBeInTheDocument();
  });

  it('uses POS 11 at the office and adds the 340B modifier from the settings', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    await user.click(await screen.findByRole('radio', { name: 'Office (CMS-1500)' }));
    await user.click(screen.getByRole('checkbox', { name: /Drug acquired at 340B price/ }));
    const table = await screen.findByRole('table', { name: /Claim lines — CMS-1500/ });
    expect(within(table).getByRole('columnheader', { name: 'POS' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: '11' })).toHaveLength(2);
    expect(within(table).getByRole('cell', { name: 'JW JG' })).toBeInTheDocument();
  });

  it('shows the reference NDC in N4 format and asks to confirm the unverified 45 mg kit', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    expect(await screen.findByText('N470020191001 UN2')).toBeInTheDocument();
    expect(screen.getByText('70020-1911-??')).toBeInTheDocument();
    expect(screen.getByText('confirm against the carton')).toBeInTheDocument();
    // No carton field offers a real-looking NDC to copy: it could be the other kit's.
    for (const field of screen.getAllByLabelText(/^Carton NDC/)) {
      expect(field.getAttribute('placeholder') ?? '').not.toMatch(/\d{4,}/);
    }
    await user.type(screen.getByLabelText('Carton NDC, 45 mg kit'), '70020-1911-1');
    expect(await screen.findByText('N470020191101 UN1')).toBeInTheDocument();
    expect(screen.getByText('70020-1911-01')).toBeInTheDocument();
  });
});

describe('diagnosis prompt', () => {
  it('takes the C50 code from the chart, second after Z51.11, into the note', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    const code = await screen.findByLabelText('Breast cancer code from the chart (C50.-)');
    await user.type(code, 'C34.90');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/Enter a C50 code as in the chart/);
    await user.clear(code);
    await user.type(code, 'c50911');
    expect(code).not.toHaveAttribute('aria-invalid');
    const diagnoses = screen
      .getAllByRole('listitem')
      .filter((li) => /^(Z51\.11|C50)/.test(li.textContent ?? ''));
    expect(diagnoses.map((li) => li.textContent?.slice(0, 7))).toEqual(['Z51.11 ', 'C50.911']);
    expect((screen.getByLabelText('Documentation note') as HTMLTextAreaElement).value).toContain(
      '- Diagnosis 2: C50.911',
    );
  });
});

describe('documentation', () => {
  it('copies the documentation note with every number', async () => {
    const { user } = renderDosingPage();
    const writeText = vi.fn(async () => {});
    replaceClipboard({ writeText });
    await enterMetric(user);
    await user.click(await screen.findByRole('button', { name: 'Copy note' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const note = String((writeText.mock.calls[0] as unknown[])[0]);
    expect(note).toContain('Dose: 72.8 mg');
    expect(note).toContain('- J9207 × 73 (rev. 0636)');
    expect(note).toContain('- J9207-JW × 2 (rev. 0636)');
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent(
      'Copied: paste it into the record.',
    );
  });

  it('says so when copying is refused and selects the note', async () => {
    const { user } = renderDosingPage();
    replaceClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    await enterMetric(user);
    await user.click(await screen.findByRole('button', { name: 'Copy note' }));
    expect(await screen.findByText(/Copying was not allowed/)).toBeInTheDocument();
  });

  it("dates the note and the worksheet by the app's clock (fixed at 14:05 on 27 November 2026)", async () => {
    const { user } = renderDosingPage('ok', new Date(2026, 10, 27, 14, 5));
    await enterMetric(user);
    const note = (await screen.findByLabelText('Documentation note')) as HTMLTextAreaElement;
    expect(note.value).toContain('prepared 2026-11-27 14:05');
    // The worksheet is a lazily loaded part: waited for, not assumed loaded.
    const worksheet = await screen.findByRole('article', { name: 'Printable worksheet', hidden: true });
    expect(worksheet).toHaveTextContent('Prepared 2026-11-27 14:05');
  });

  it('lists the documentation prompts with the discarded amount', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    const list = await screen.findByRole('list', { name: 'Documentation checklist' });
    expect(
      within(list).getByRole('checkbox', { name: /Amount discarded: 2\.2 mg \(J9207-JW × 2\)/ }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('checkbox', { name: /Prior authorization/ })).toBeInTheDocument();
  });
});

describe('settings', () => {
  it('changes the policy, saves it, and never saves a patient value', async () => {
    const { user } = renderDosingPage();
    await enterMetric(user);
    await user.click(screen.getByRole('button', { name: 'Settings (institution policy)' }));
    // Vial rounding within 10%: 72.8 → 75 mg (+2.2 mg = 3.0%) → one line J9207-JZ × 75
    await user.selectOptions(await screen.findByLabelText('Vial rounding'), 'Within 10%');
    expect(within(resultRegion()).getByText('J9207-JZ')).toBeInTheDocument();
    expect(within(resultRegion()).getByText('75 mg')).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem(settingsStorageKey) ?? '{}');
    expect(stored.vialRoundingPercent).toBe(10);
    const everything =
      JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + window.location.href;
    expect(everything).not.toMatch(/170|"70"|72\.8/);
  });

  it('resets corrupted settings to the defaults with a visible notice', async () => {
    localStorage.setItem(settingsStorageKey, '{"bsaFormula":"guesswork"');
    renderDosingPage();
    expect(
      await screen.findByText(/saved settings could not be read and were reset to the defaults/),
    ).toBeVisible();
    expect(JSON.parse(localStorage.getItem(settingsStorageKey) ?? '{}').bsaFormula).toBe('mosteller');
  });
});

describe('reference data', () => {
  it('still calculates when the file is missing, and says what is unavailable', async () => {
    const { user } = renderDosingPage('missing');
    expect(await screen.findByText(/Reference data unavailable/)).toBeInTheDocument();
    expect(screen.getByText(/reference file was not found on the server/)).toBeInTheDocument();
    expect(screen.queryByText(/HTTP/)).toBeNull();
    await enterMetric(user);
    expect(within(resultRegion()).getByText('72.8 mg')).toBeInTheDocument();
    expect(await screen.findByText(/The reference NDCs are unavailable/)).toBeInTheDocument();
  });

  it('reports a malformed file instead of trusting it', async () => {
    renderDosingPage('malformed');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await screen.findByText(/entries the app does not recognize/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('N470020191001 UN2')).toBeNull());
  });
});
