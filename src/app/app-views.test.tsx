// Switching between the dosing and audit views never loses what was typed.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from './app';

// The app's clock, fixed: nothing here depends on the hour, and no test reads the device clock.
const now = new Date(2026, 10, 27, 10, 30);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('typed values and the result survive a trip to the Audit view and back', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 404 })),
  );
  const user = userEvent.setup();
  render(<App now={now} />);
  // The dosing form, found even while hidden (both views have a Height field once Audit is open).
  const dosing = () => within(screen.getByRole('form', { name: 'Measurements and order', hidden: true }));
  await user.type(dosing().getByLabelText('Height', { exact: true }), '170');
  await user.type(dosing().getByLabelText('Weight', { exact: true }), '70');
  // 170 cm, 70 kg, 40 mg/m² → BSA 1.82 m² → 72.8 mg
  const result = () => screen.getByRole('region', { name: 'Result' });
  expect(await within(result()).findByText('72.8 mg')).toBeVisible();

  await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
  await user.click(screen.getByRole('button', { name: 'Audit' }));
  expect(await screen.findByRole('heading', { name: /audit/i, level: 2 }, { timeout: 8000 })).toBeVisible();
  await user.click(screen.getByRole('radio', { name: 'height, weight and mg/m²' }));
  expect(dosing().getByLabelText('Height', { exact: true })).not.toBeVisible();
  // Both views are now in the document: no id may appear twice, or a label would name the wrong field.
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

  await user.click(screen.getByRole('button', { name: 'Dosing' }));
  expect(dosing().getByLabelText('Height', { exact: true })).toHaveValue('170');
  expect(dosing().getByLabelText('Weight', { exact: true })).toHaveValue('70');
  expect(within(result()).getByText('72.8 mg')).toBeVisible();
});
