// The whole app (shell + dosing page) against a damaged browser: a corrupted settings entry is reset
// with a notice instead of a blank page, and the error boundary's "Start again" keeps the settings.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import referenceJson from '../../public/data/j9207.json?raw';
import { App } from './app';

// The app's clock, fixed: nothing here depends on the hour, and no test reads the device clock.
const now = new Date(2026, 10, 27, 10, 30);

import { AppErrorBoundary } from './error-boundary';

const settingsKey = 'j9207.settings.v1';

function renderApp() {
  return render(
    <AppErrorBoundary>
      <App now={now} />
    </AppErrorBoundary>,
  );
}

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(referenceJson, { headers: { 'Content-Type': 'application/json' } })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a corrupted settings entry in localStorage', () => {
  it.each([
    ['not JSON', '{"bsaFormula": "mosteller", '],
    ['JSON of the wrong shape', '{"bsaFormula":"magic","doseDecimals":7}'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['a huge string', 'x'.repeat(100_000)],
  ])('%s: reset to the defaults with a notice, and the page works', async (_, stored) => {
    localStorage.setItem(settingsKey, stored);
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    expect(screen.getByText(/saved settings could not be read and were reset/i)).toBeInTheDocument();
    // The entry now holds readable defaults (Mosteller is the default formula).
    expect(JSON.parse(localStorage.getItem(settingsKey) ?? 'null')).toMatchObject({
      bsaFormula: 'mosteller',
    });
    // And the page calculates: Mosteller √(173.4 × 71.3 / 3600) = 1.853… → 1.85 m²; 40 × 1.85 = 74 mg.
    await user.type(screen.getByLabelText('Height', { exact: true }), '173.4');
    await user.type(screen.getByLabelText('Weight', { exact: true }), '71.3');
    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText('Dose', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^74 mg/,
    );
  });

  it('a valid entry is used as saved, with no notice', () => {
    localStorage.setItem(
      settingsKey,
      JSON.stringify({
        bsaFormula: 'dubois',
        bsaDecimals: 2,
        doseDecimals: 1,
        vialRoundingPercent: 0,
        ndcQualifier: 'UN',
        modifier340B: 'JG',
        defaultSiteOfCare: 'hospital-outpatient',
      }),
    );
    renderApp();
    expect(screen.queryByText(/could not be read/i)).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(settingsKey) ?? 'null')).toMatchObject({ bsaFormula: 'dubois' });
  });
});

describe('when localStorage itself throws (storage disabled by policy)', () => {
  it('the page still renders with the defaults and says the settings cannot be saved', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderApp();
    expect(screen.getByRole('region', { name: 'Result' })).toBeInTheDocument();
    expect(screen.getByText(/does not allow saved settings/i)).toBeInTheDocument();
  });
});
