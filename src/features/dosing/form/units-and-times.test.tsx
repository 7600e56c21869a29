// The dosing form's units and times as a nurse uses them. Worked by hand (Mosteller, BSA half-up to
// 0.01 m², dose to 0.1 mg): 64 in = 64 × 2.54 = 162.56 cm; with 70 kg, √(162.56 × 70 ÷ 3600) =
// √3.16089 = 1.77789 → 1.78 m²; 40 × 1.78 = 71.2 mg. 170 cm, 70 kg → 1.82 m² → 72.8 mg.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderDosingPage } from '../testing/render-dosing-page';

const result = () => screen.getByRole('region', { name: 'Result' });
const height = () => screen.getByLabelText('Height', { exact: true });
const weight = () => screen.getByLabelText('Weight', { exact: true });
const radio = (group: string, unit: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('radio', { name: unit });

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  localStorage.clear();
});

describe('switching the unit with a number typed asks which was meant', () => {
  it('64 in, then cm: the unit stays in until answered; "Convert" gives 162.56 cm, the same patient', async () => {
    const { user } = renderDosingPage();
    await user.click(radio('Height unit', 'in'));
    await user.type(height(), '64');
    await user.type(weight(), '70');
    expect(within(result()).getByText('71.2 mg')).toBeInTheDocument();

    await user.click(radio('Height unit', 'cm'));
    const question = screen.getByRole('group', {
      name: 'Height 64 in, switching to cm: convert the number, or keep 64?',
    });
    // Nothing reinterpreted meanwhile: still inches, still 71.2 mg.
    expect(radio('Height unit', 'in')).toBeChecked();
    expect(height()).toHaveValue('64');
    expect(within(result()).getByText('71.2 mg')).toBeInTheDocument();
    expect(within(question).getByText('64 in × 2.54 = 162.56 cm')).toBeInTheDocument();

    await user.click(within(question).getByRole('button', { name: 'Convert: 162.56 cm' }));
    expect(radio('Height unit', 'cm')).toBeChecked();
    expect(height()).toHaveValue('162.56');
    expect(within(result()).getByText('71.2 mg')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /switching to/ })).toBeNull();
  });

  it('64 typed with cm, then in: "Keep 64 as in" corrects the unit (no 64 cm patient)', async () => {
    const { user } = renderDosingPage();
    await user.type(height(), '64');
    await user.type(weight(), '70');
    await user.click(radio('Height unit', 'in'));
    await user.click(screen.getByRole('button', { name: 'Keep 64 as in' }));
    expect(radio('Height unit', 'in')).toBeChecked();
    expect(height()).toHaveValue('64');
    expect(within(result()).getByText('71.2 mg')).toBeInTheDocument();
  });

  it('"Cancel" leaves the unit and the number as they were', async () => {
    const { user } = renderDosingPage();
    await user.type(height(), '170');
    await user.type(weight(), '70');
    await user.click(radio('Height unit', 'in'));
    // 170 ÷ 2.54 = 66.929133… ≈ 66.93
    expect(screen.getByRole('button', { name: 'Convert: ≈ 66.93 in' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel: stay in cm' }));
    expect(radio('Height unit', 'cm')).toBeChecked();
    expect(within(result()).getByText('72.8 mg')).toBeInTheDocument();
  });

  it('154 lb, then kg: convert gives ≈ 69.85 kg (154 × 0.45359237 = 69.853225…)', async () => {
    const { user } = renderDosingPage();
    await user.type(height(), '170');
    await user.click(radio('Weight unit', 'lb'));
    await user.type(weight(), '154');
    await user.click(radio('Weight unit', 'kg'));
    await user.click(screen.getByRole('button', { name: 'Convert: ≈ 69.85 kg' }));
    expect(weight()).toHaveValue('69.85');
    expect(radio('Weight unit', 'kg')).toBeChecked();
  });

  it('an empty field switches at once: nothing to reinterpret', async () => {
    const { user } = renderDosingPage();
    await user.click(radio('Height unit', 'in'));
    expect(radio('Height unit', 'in')).toBeChecked();
    expect(screen.queryByRole('group', { name: /switching to/ })).toBeNull();
  });
});

describe('feet and inches', () => {
  it.each([
    ['5 ft 4 in', 'cm'],
    ['5\'4"', 'in'],
    ["5' 4", 'cm'],
  ])('%s (unit %s) is 64 in = 162.56 cm exactly, and says so', async (typed, unit) => {
    const { user } = renderDosingPage();
    if (unit === 'in') await user.click(radio('Height unit', 'in'));
    await user.type(height(), typed);
    await user.type(weight(), '70');
    expect(height()).toHaveAccessibleDescription(
      '5 ft 4 in = 64 in = 162.56 cm (1 ft = 12 in, 1 in = 2.54 cm)',
    );
    expect(within(result()).getByText('71.2 mg')).toBeInTheDocument();
  });

  it('5.4 in inches: the error asks whether 5 ft 4 in was meant', async () => {
    const { user } = renderDosingPage();
    await user.click(radio('Height unit', 'in'));
    await user.type(weight(), '70');
    await user.type(height(), '5.4');
    await user.tab();
    await waitFor(() =>
      expect(height()).toHaveAccessibleDescription(
        /Did you mean 5 ft 4 in \(64 in = 162\.56 cm\)\? Type it as 5 ft 4 in\.$/,
      ),
    );
  });
});

describe('error messages give an example in the unit chosen', () => {
  it.each([
    ['Height unit', 'in', height, 'Enter the height in inches as a number, e.g. 66 or 5 ft 6 in.'],
    ['Height unit', 'cm', height, 'Enter the height in cm as a number, e.g. 170 or 172,5.'],
    ['Weight unit', 'lb', weight, 'Enter the weight in pounds (lb) as a number, e.g. 154 or 154,5.'],
    ['Weight unit', 'kg', weight, 'Enter the weight in kg as a number, e.g. 70 or 72,5.'],
  ] as const)('%s %s', async (group, unit, field, message) => {
    const { user } = renderDosingPage();
    await user.click(radio(group, unit));
    await user.type(field(), 'abc');
    await user.tab();
    await waitFor(() => expect(field()).toHaveAccessibleDescription(message));
  });
});

describe('infusion times', () => {
  it('are 24-hour text fields; "Now" fills in the app\'s clock time (fixed at 13:48:59)', async () => {
    const { user } = renderDosingPage('ok', new Date(2026, 10, 27, 13, 48, 59));
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    const start = await screen.findByLabelText('Start');
    expect(start).toHaveAttribute('type', 'text');
    expect(start).toHaveAttribute('inputmode', 'numeric');
    expect(start).toHaveAccessibleDescription('24-hour HH:MM, e.g. 14:30 (or 1430).');
    await user.click(screen.getByRole('button', { name: 'Now for the start of the infusion' }));
    expect(start).toHaveValue('13:48');
  });

  it('"1300" on the numeric keypad is shown as 13:00 once the field is left', async () => {
    const { user } = renderDosingPage();
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    const start = await screen.findByLabelText('Start');
    await user.type(start, '1300');
    await user.tab();
    expect(start).toHaveValue('13:00');
  });

  it('start 13:00 and stop 12:50: a stop in the Result panel and no administration line', async () => {
    const { user } = renderDosingPage();
    await user.type(height(), '170');
    await user.type(weight(), '70');
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    await user.type(await screen.findByLabelText('Start'), '13:00');
    await user.type(screen.getByLabelText('Stop'), '12:50');
    expect(within(result()).getByRole('alert')).toHaveTextContent(
      /Hold: Correct the times entered.*Infusion stop 12:50 is earlier than the start 13:00/,
    );
    const table = await screen.findByRole('table', { name: /Claim lines \(on hold\)/ });
    expect(table).not.toHaveTextContent('96413');
    expect(table).not.toHaveTextContent('96415');
    expect(table).toHaveTextContent('ON HOLD — check the times');
  });
});
