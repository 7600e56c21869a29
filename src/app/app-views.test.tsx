// Switching between the dosing and audit views never loses what was typed.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from './app';

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
  render(<App />);
  await user.type(screen.getByLabelText('Height', { exact: true }), '170');
  await user.type(screen.getByLabelText('Weight', { exact: true }), '70');
  // 170 cm, 70 kg, 40 mg/m² → BSA 1.82 m² → 72.8 mg
  const result = () => screen.getByRole('region', { name: 'Result' });
  expect(await within(result()).findByText('72.8 mg')).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Audit' }));
  expect(await screen.findByRole('heading', { name: /audit/i, level: 2 })).toBeVisible();
  expect(screen.getByLabelText('Height', { exact: true })).not.toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Dosing' }));
  expect(screen.getByLabelText('Height', { exact: true })).toHaveValue('170');
  expect(screen.getByLabelText('Weight', { exact: true })).toHaveValue('70');
  expect(within(result()).getByText('72.8 mg')).toBeVisible();
}, 15_000);
