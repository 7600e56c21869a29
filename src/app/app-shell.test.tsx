// index.html paints a static copy of the app's header before the script runs (an early first paint
// on a slow tablet); React then replaces it. If the two differ, the page jumps when React takes
// over. This test keeps them in step.
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import indexHtml from '../../index.html?raw';
import { App } from './app';

// The app's clock, fixed: nothing here depends on the hour, and no test reads the device clock.
const now = new Date(2026, 10, 27, 10, 30);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Markup without whitespace between tags, so formatting differences do not count. */
const normalise = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

it('the static header in index.html is the header the app renders', () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 404 })),
  );
  const shell = new DOMParser().parseFromString(indexHtml, 'text/html').querySelector('#root > header');
  expect(shell).not.toBeNull();
  const { container } = render(<App now={now} />);
  const rendered = container.querySelector('header');
  expect(rendered).not.toBeNull();
  expect(normalise(rendered?.outerHTML ?? '')).toBe(normalise(shell?.outerHTML ?? ''));
});
