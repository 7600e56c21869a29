import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WaitingState } from './waiting-state';

afterEach(cleanup);

describe('WaitingState', () => {
  it('says what to enter, as a status', () => {
    render(<WaitingState messages={['Enter the height.']} />);
    expect(screen.getByRole('status')).toHaveTextContent(/Enter height, weight and dose.*Enter the height\./);
  });
});
