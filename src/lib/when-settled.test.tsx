import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WhenSettled } from './when-settled';

afterEach(cleanup);

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: () => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('WhenSettled', () => {
  it('shows its children only once the promise has settled', async () => {
    const wait = deferred();
    render(
      <WhenSettled whenReady={() => wait.promise}>
        <p>settings</p>
      </WhenSettled>,
    );
    expect(screen.queryByText('settings')).toBeNull();
    wait.resolve();
    expect(await screen.findByText('settings')).toBeInTheDocument();
  });

  it('shows them too when the promise fails (a part that could not load does not hide the rest)', async () => {
    const wait = deferred();
    render(
      <WhenSettled whenReady={() => wait.promise}>
        <p>settings</p>
      </WhenSettled>,
    );
    wait.reject();
    expect(await screen.findByText('settings')).toBeInTheDocument();
  });

  it('shows them at once with nothing to wait for', () => {
    render(
      <WhenSettled whenReady={undefined}>
        <p>settings</p>
      </WhenSettled>,
    );
    expect(screen.getByText('settings')).toBeInTheDocument();
  });
});
