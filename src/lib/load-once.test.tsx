import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Loader, loadOnce, useLoaded } from './load-once';

function Shows({ loader, start = true }: { loader: Loader<{ text: string }>; start?: boolean }) {
  const loaded = useLoaded(loader, start);
  return <p>{loaded ? loaded.text : 'not yet'}</p>;
}

describe('loadOnce', () => {
  it('imports once, however often asked, and keeps the module for synchronous use', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const loader = loadOnce(importer);
    expect(loader.current()).toBeUndefined();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(b);
    expect(loader.current()).toEqual({ answer: 42 });
    await loader.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed import (offline for a moment)', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ answer: 7 });
    const loader = loadOnce(importer);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.current()).toBeUndefined();
    expect(await loader.load()).toEqual({ answer: 7 });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('useLoaded', () => {
  it('renders without the module first, then with it once it arrives', async () => {
    let arrive: (value: { text: string }) => void = () => undefined;
    const loader = loadOnce(() => new Promise<{ text: string }>((resolve) => (arrive = resolve)));
    render(<Shows loader={loader} />);
    expect(screen.getByText('not yet')).toBeInTheDocument();
    arrive({ text: 'arrived' });
    expect(await screen.findByText('arrived')).toBeInTheDocument();
  });

  it('does not start the import until told to', async () => {
    const importer = vi.fn(async () => ({ text: 'late' }));
    const loader = loadOnce(importer);
    const { rerender } = render(<Shows loader={loader} start={false} />);
    expect(screen.getByText('not yet')).toBeInTheDocument();
    expect(importer).not.toHaveBeenCalled();
    rerender(<Shows loader={loader} start />);
    expect(await screen.findByText('late')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('renders with the module at once when it has already arrived', async () => {
    const loader = loadOnce(async () => ({ text: 'ready' }));
    await loader.load();
    render(<Shows loader={loader} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });
});
