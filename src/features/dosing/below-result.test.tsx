import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveValue } from '../../lib/live-value';
import { BelowResult } from './below-result';

afterEach(cleanup);

const first = { dose: '72.8 mg' };
const second = { dose: '74 mg' };

function renderBelow(
  shown: typeof first | undefined,
  live = createLiveValue<typeof first | undefined>(shown),
) {
  const view = render(
    <BelowResult live={live} shown={shown}>
      <p>claim for {shown?.dose}</p>
    </BelowResult>,
  );
  return { live, ...view };
}

describe('the details below the Result panel', () => {
  it('show the current result, not busy', () => {
    renderBelow(first);
    expect(screen.getByText('claim for 72.8 mg')).toBeVisible();
    expect(screen.getByText('claim for 72.8 mg').parentElement).toHaveAttribute('aria-busy', 'false');
  });

  it('say they are busy the moment the Result panel moves on, until they catch up', () => {
    const { live, rerender } = renderBelow(first);
    act(() => live.set(second));
    expect(screen.getByText('claim for 72.8 mg').parentElement).toHaveAttribute('aria-busy', 'true');
    rerender(
      <BelowResult live={live} shown={second}>
        <p>claim for {second.dose}</p>
      </BelowResult>,
    );
    expect(screen.getByText('claim for 74 mg').parentElement).toHaveAttribute('aria-busy', 'false');
  });

  it('hide at once when there is no current result: an earlier claim is never shown as current', () => {
    const { live } = renderBelow(first);
    act(() => live.set(undefined));
    expect(screen.getByText('claim for 72.8 mg')).not.toBeVisible();
  });
});
