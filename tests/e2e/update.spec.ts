// A new deployment is picked up without trapping anyone on a stale version: the open page is not
// reloaded under the user's hands; the service worker installs the new version in the background
// (skipWaiting + clientsClaim), and the next load runs it. This spec builds two versions itself into
// its own folder and serves them on UPDATE_PORT (default 4193), independent of the shared e2e build.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startPreview } from '../../scripts/serve-dist';

const port = Number(process.env.UPDATE_PORT ?? 4193);
const dist = `.e2e-dist-update-${port}`;

/** The entry script of the build on disk, as index.html names it. */
function builtEntry(): string | undefined {
  return /<script type="module"[^>]*src="([^"]+)"/.exec(readFileSync(`${dist}/index.html`, 'utf8'))?.[1];
}

function build(extraArgs: string[]): void {
  const run = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error', ...extraArgs],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stderr}`);
}

test('a new version is used from the next load after it is found, with no forced reload', async ({
  page,
}) => {
  // Two production builds inside the test: sized for a machine three times slower than a developer's.
  test.setTimeout(360_000);
  build([]);
  const server = await startPreview(dist, port);
  const entryScript = () =>
    page.evaluate(() => document.querySelector('script[type="module"]')?.getAttribute('src'));
  try {
    let firstVersion: string | null | undefined;
    await test.step('Given I use version 1, served offline-ready by the service worker', async () => {
      await page.goto(server.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      firstVersion = await entryScript();
      expect(firstVersion).toMatch(/assets\/index-.+\.js$/);
    });

    let secondVersion: string | undefined;
    await test.step('When version 2 is deployed (a different build: new hashed files, new sw.js)', async () => {
      build(['--minify', 'false']);
      secondVersion = builtEntry();
      expect(secondVersion).toBeDefined();
      expect(secondVersion).not.toBe(firstVersion);
    });

    await test.step('Then the next load finds it and the worker installs it in the background', async () => {
      await page.reload();
      // The open page is not reloaded for the user: it still runs what it loaded.
      expect(await entryScript()).toBe(firstVersion);
      await expect
        .poll(
          () =>
            page.evaluate(async (entry) => {
              const registration = await navigator.serviceWorker.getRegistration();
              const settled =
                registration?.active?.state === 'activated' &&
                !registration.waiting &&
                !registration.installing;
              return settled && (await caches.match(new URL(entry, location.href).href)) !== undefined;
            }, secondVersion ?? ''),
          { timeout: 90_000 },
        )
        .toBe(true);
    });

    await test.step('And the load after that runs version 2', async () => {
      await page.reload();
      expect(await entryScript()).toBe(secondVersion);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('J9207');
    });
  } finally {
    server.stop();
  }
});
