// The app's one clock: null until mounted, then the device time to the minute; a fixed time wins.
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClockProvider, useNow } from './clock';
import { formatLocalDateTime } from './format-date-time';

function Now() {
  const now = useNow();
  return <p>{now ? formatLocalDateTime(now) : 'no time yet'}</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ClockProvider and useNow', () => {
  it('without a provider there is no time: nothing reads the device clock', () => {
    render(<Now />);
    expect(screen.getByText('no time yet')).toBeInTheDocument();
  });

  it('a fixed time is what every reader gets, from the first render (server rendering too)', () => {
    const at = new Date(2026, 10, 27, 10, 30);
    expect(
      renderToString(
        <ClockProvider now={at}>
          <Now />
        </ClockProvider>,
      ),
    ).toContain('2026-11-27 10:30');
    render(
      <ClockProvider now={at}>
        <Now />
      </ClockProvider>,
    );
    expect(screen.getByText('2026-11-27 10:30')).toBeInTheDocument();
  });

  it('renders no time on the server or in a prerender: the device clock is read once mounted', () => {
    expect(
      renderToString(
        <ClockProvider>
          <Now />
        </ClockProvider>,
      ),
    ).toContain('no time yet');
  });

  it('follows the device clock once mounted, and moves on with it (device clock set to 21:58)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 27, 21, 58, 50));
    render(
      <ClockProvider tickMs={15_000}>
        <Now />
      </ClockProvider>,
    );
    expect(screen.getByText('2026-11-27 21:58')).toBeInTheDocument();
    // 21:58:50 + 15 s = 21:59:05; + 2 min 15 s more = 22:01:20.
    act(() => vi.advanceTimersByTime(15_000));
    expect(screen.getByText('2026-11-27 21:59')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(135_000));
    expect(screen.getByText('2026-11-27 22:01')).toBeInTheDocument();
  });

  it('re-reads the clock when the page comes back into view (a tablet woken up)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 27, 9, 0));
    render(
      <ClockProvider tickMs={60 * 60_000}>
        <Now />
      </ClockProvider>,
    );
    expect(screen.getByText('2026-11-27 09:00')).toBeInTheDocument();
    vi.setSystemTime(new Date(2026, 10, 27, 9, 40));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByText('2026-11-27 09:40')).toBeInTheDocument();
  });
});
