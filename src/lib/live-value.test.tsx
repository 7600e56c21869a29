import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createLiveValue, type LiveValue, useLiveValue } from './live-value';

function Reader({ live }: { live: LiveValue<number> }) {
  return <p>value {useLiveValue(live)}</p>;
}

describe('live value', () => {
  it('re-renders its readers when it changes, and only when it changes', () => {
    const live = createLiveValue(1);
    let calls = 0;
    live.subscribe(() => {
      calls += 1;
    });
    render(<Reader live={live} />);
    expect(screen.getByText('value 1')).toBeInTheDocument();
    act(() => live.set(2));
    expect(screen.getByText('value 2')).toBeInTheDocument();
    act(() => live.set(2));
    expect(calls).toBe(1);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const live = createLiveValue('a');
    const heard: string[] = [];
    const stop = live.subscribe(() => heard.push(live.get()));
    live.set('b');
    stop();
    live.set('c');
    expect(heard).toEqual(['b']);
  });
});
