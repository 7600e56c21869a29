import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary, isChunkLoadError } from './error-boundary';

// A stand-in screen: keeps a typed value in React state and throws when told to.
let explode: Error | null = null;
function Screen() {
  const [weight, setWeight] = useState('');
  if (explode) throw explode;
  return (
    <label>
      Weight
      <input value={weight} onChange={(e) => setWeight(e.target.value)} />
    </label>
  );
}

afterEach(cleanup);

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    explode = null;
    localStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('shows a plain message and a Start again button instead of a blank page', async () => {
    const { rerender } = render(
      <AppErrorBoundary>
        <Screen />
      </AppErrorBoundary>,
    );
    explode = new Error('boom');
    rerender(
      <AppErrorBoundary>
        <Screen />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(/stopped on an unexpected error/);
    expect(screen.getByText(/institution settings are kept/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Weight')).not.toBeInTheDocument();
  });

  it('Start again brings the screen back with fresh state and the settings untouched', async () => {
    const user = userEvent.setup();
    localStorage.setItem('j9207.settings', '{"bsaFormula":"dubois"}');
    const { rerender } = render(
      <AppErrorBoundary>
        <Screen />
      </AppErrorBoundary>,
    );
    await user.type(screen.getByLabelText('Weight'), '71.3');
    explode = new Error('boom');
    rerender(
      <AppErrorBoundary>
        <Screen />
      </AppErrorBoundary>,
    );
    explode = null;
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByLabelText('Weight')).toHaveValue('');
    expect(localStorage.getItem('j9207.settings')).toBe('{"bsaFormula":"dubois"}');
  });

  it('reloads the page when a lazily loaded part failed to download', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    explode = new TypeError('Failed to fetch dynamically imported module: http://x/assets/audit-page-abc.js');
    render(
      <AppErrorBoundary reload={reload}>
        <Screen />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be loaded/);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('isChunkLoadError', () => {
  it('recognises the messages browsers give for a failed dynamic import', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
