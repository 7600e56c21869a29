import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, updateCheckIntervalMs } from './register-service-worker';

function fakeWindow(readyState: DocumentReadyState) {
  const listeners: Record<string, () => void> = {};
  return {
    document: { readyState },
    addEventListener: vi.fn((type: string, fn: () => void) => {
      listeners[type] = fn;
    }),
    setInterval: vi.fn(),
    fire: (type: string) => listeners[type]?.(),
  };
}

describe('registerServiceWorker', () => {
  it('registers sw.js beside index.html, scoped to that folder, after the page has loaded', async () => {
    const update = vi.fn().mockResolvedValue(undefined);
    const register = vi.fn().mockResolvedValue({ update });
    const win = fakeWindow('loading');
    registerServiceWorker({ serviceWorker: { register } } as unknown as Navigator, './', win as never);
    expect(register).not.toHaveBeenCalled();
    win.fire('load');
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    await vi.waitFor(() => expect(win.setInterval).toHaveBeenCalled());
    // An open page checks for a new version every hour.
    const [check, every] = win.setInterval.mock.calls[0] as unknown as [() => void, number];
    expect(every).toBe(updateCheckIntervalMs);
    expect(every).toBe(3_600_000);
    check();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('registers at once when the page has already loaded', () => {
    const register = vi.fn().mockResolvedValue({ update: vi.fn() });
    registerServiceWorker(
      { serviceWorker: { register } } as unknown as Navigator,
      './',
      fakeWindow('complete') as never,
    );
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does nothing where service workers are not supported, and a refused registration is not an error', async () => {
    const win = fakeWindow('complete');
    expect(() => registerServiceWorker({} as Navigator, './', win as never)).not.toThrow();
    const register = vi.fn().mockRejectedValue(new Error('SecurityError'));
    registerServiceWorker({ serviceWorker: { register } } as unknown as Navigator, './', win as never);
    await Promise.resolve();
    expect(win.setInterval).not.toHaveBeenCalled();
  });
});
