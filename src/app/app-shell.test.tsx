// The first screen is prerendered at build time (src/prerender.tsx) and hydrated in the browser. If
// the two renders differ, React reports a hydration mismatch and the page jumps when React takes
// over. These tests prerender the app as the build does, hydrate it in jsdom, and fail on any
// error or warning React raises.
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import indexHtml from '../../index.html?raw';
import { renderFirstScreen } from '../prerender';
import { Root as AppRoot } from './root';

let root: Root | undefined;
let unmount = () => {};
let container: HTMLElement;

beforeEach(() => {
  // The timing panel reads the device clock after hydration; the tests fix it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 30, 21, 45));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 404 })),
  );
  container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
});

afterEach(() => {
  unmount();
  unmount = () => {};
  root = undefined;
  container.remove();
  localStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

// Both renderers in one process share the context objects, which React's development build
// reports; the build prerenders in another process, so this one message is not a finding.
const sameProcessOnly = /multiple renderers concurrently rendering the same context provider/;

/** Prerenders the app, hydrates it, and returns every error and warning raised along the way. */
async function prerenderAndHydrate(beforeHydration = () => {}): Promise<string[]> {
  const html = await renderFirstScreen();
  container.innerHTML = html;
  beforeHydration();
  const problems: string[] = [];
  const collect = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (!sameProcessOnly.test(message)) problems.push(message);
  };
  vi.spyOn(console, 'error').mockImplementation(collect);
  vi.spyOn(console, 'warn').mockImplementation(collect);
  await act(async () => {
    root = hydrateRoot(container, <AppRoot />, {
      onRecoverableError: (error) => problems.push(`recoverable: ${String(error)}`),
    });
  });
  unmount = () => act(() => root?.unmount());
  return problems;
}

it('index.html has the marker the build replaces with the prerendered first screen, and no copy of its own', () => {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  expect(page.querySelector('#root')?.innerHTML.trim()).toBe('<!--app-html-->');
});

it('the prerendered first screen holds the header, the measurements and the waiting result, with every control disabled until hydrated', async () => {
  const html = await renderFirstScreen();
  const page = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  expect(page.querySelector('h1')?.textContent).toContain('J9207');
  expect(page.querySelector('label[for="weight"]')?.textContent).toBe('Weight');
  expect(page.querySelector('#results-heading')?.textContent).toBe('Result');
  expect(page.querySelector('fieldset.app-gate')?.hasAttribute('disabled')).toBe(true);
  // The dose is prefilled with the label dose already in the painted page, as its hint says.
  expect(page.querySelector<HTMLInputElement>('input#dose')?.value).toBe('40');
  // Nothing that depends on the clock, the saved settings or the reference data.
  expect(html).not.toContain('Time limits');
  expect(html).not.toContain('Reference data unavailable');
});

it('hydrates the prerendered page without a mismatch, then enables the controls', async () => {
  const problems = await prerenderAndHydrate();
  expect(problems).toEqual([]);
  expect(screen.getByLabelText('Weight', { selector: 'input' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Audit' })).toBeEnabled();
});

it('hydrates without a mismatch when saved settings need a notice: the notice comes after hydration', async () => {
  const problems = await prerenderAndHydrate(() => localStorage.setItem('j9207.settings.v1', 'not json'));
  expect(problems).toEqual([]);
  expect(await screen.findByText(/saved settings could not be read/i)).toBeInTheDocument();
});
