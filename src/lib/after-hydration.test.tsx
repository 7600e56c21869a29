import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterFirstUse, AfterHydration, HydrationBoundary, restLoadsAfterMs } from './after-hydration';

function Page() {
  return (
    <HydrationBoundary>
      <p>first screen</p>
      <AfterHydration>
        <p>after hydration</p>
      </AfterHydration>
      <AfterFirstUse fallback={<p>not yet used</p>}>
        <p>rest of the page</p>
      </AfterFirstUse>
    </HydrationBoundary>
  );
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the rest of the page loads on first use', () => {
  it('waits for a first touch of the page, then shows the rest', async () => {
    render(<Page />);
    expect(await screen.findByText('after hydration')).toBeInTheDocument();
    expect(screen.getByText('not yet used')).toBeInTheDocument();
    fireEvent.pointerDown(screen.getByText('first screen'));
    expect(await screen.findByText('rest of the page')).toBeInTheDocument();
  });

  it('a key or a focus counts as use too', async () => {
    render(<Page />);
    await screen.findByText('after hydration');
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(await screen.findByText('rest of the page')).toBeInTheDocument();
  });

  it('loads the rest anyway once the page has been left alone for a while', async () => {
    vi.useFakeTimers();
    render(<Page />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('after hydration')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(restLoadsAfterMs - 1);
    });
    expect(screen.getByText('not yet used')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(screen.getByText('rest of the page')).toBeInTheDocument();
  });

  it('outside a prerendered page everything shows at once', () => {
    render(
      <AfterFirstUse fallback={<p>not yet used</p>}>
        <p>rest of the page</p>
      </AfterFirstUse>,
    );
    expect(screen.getByText('rest of the page')).toBeInTheDocument();
  });
});
