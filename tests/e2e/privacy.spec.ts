// Privacy by construction: through a whole session (dosing with typed values, the audit view, print,
// a settings change) no request goes to any origin but the app's own, and no typed patient value is
// left in localStorage, sessionStorage, IndexedDB, cookies, the URL or the service worker's caches.
import { expect, type Page, test } from '@playwright/test';
import { fixClock } from './dosing-page';

// Distinctive values, so finding one anywhere can only mean it was stored.
const heightCm = '173.4';
const weightKg = '71.3';
const patientValues = [heightCm, weightKg];

/**
 * Fields where a person types text that the browser could keep in its form history (autocomplete
 * on): text-like inputs and editable text areas. Time and date pickers and read-only text (the
 * generated note) are not typed text.
 */
async function fieldsWithAutocomplete(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      .filter((el) => ['text', 'search', 'tel', 'email', 'url', 'number', 'textarea'].includes(el.type))
      .filter((el) => !el.readOnly && el.autocomplete !== 'off')
      .map((el) => el.id || el.name || el.outerHTML.slice(0, 80)),
  );
}

/** Everything the page keeps in the browser, as one text per store. */
async function browserStores(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      JSON.stringify(
        Array.from({ length: storage.length }, (_, i) => storage.key(i)).map((k) => [
          k,
          storage.getItem(k ?? ''),
        ]),
      );

    const idbParts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        idbParts.push(`${info.name}/${storeName}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }

    const cacheParts: string[] = [];
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cacheParts.push(`${cacheName} ${request.url}\n${response ? await response.text() : ''}`);
      }
    }

    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDB: idbParts.join('\n'),
      cacheStorage: cacheParts.join('\n'),
      cacheEntries: String(cacheParts.length),
      url: location.href,
      historyState: JSON.stringify(history.state),
    };
  });
}

test('a whole session sends nothing off-origin and stores no patient value', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const requests: string[] = [];
  // The context sees the page's requests and the service worker's (precaching).
  context.on('request', (request) => requests.push(request.url()));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Anything the CSP had to block (an off-origin request, an inline script or style) is recorded too.
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await test.step('Given the app is open and the service worker has finished precaching', async () => {
    await fixClock(page);
    await page.goto('./');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  await test.step('When I calculate a dose with typed values', async () => {
    await page.getByLabel('Height', { exact: true }).fill(heightCm);
    await page.getByLabel('Weight', { exact: true }).fill(weightKg);
    await page.getByLabel('Dose (mg/m²)').fill('40');
    // Mosteller √(173.4 × 71.3 / 3600) = 1.853… → 1.85 m²; 40 × 1.85 = 74.0 mg.
    await expect(page.getByRole('region', { name: 'Result' })).toContainText('74 mg');
  });

  await test.step('And no dosing field lets the browser remember what was typed', async () => {
    await page.getByRole('button', { name: /Labs, interactions/ }).click();
    await expect(page.getByLabel('ANC (cells/mm³)')).toBeVisible();
    expect(await fieldsWithAutocomplete(page)).toEqual([]);
  });

  await test.step('And I print the worksheet', async () => {
    // The Print button opens the browser's dialog, which a headless browser cannot show: count the
    // call, then render the page for print as the dialog would.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: /print/i }).first().click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('And I change a setting', async () => {
    await page.getByRole('button', { name: /Settings \(institution policy\)/ }).click();
    await page.getByLabel('BSA formula').selectOption({ label: 'Du Bois & Du Bois' });
    await expect(page.getByRole('region', { name: 'Result' })).toContainText('Du Bois');
  });

  await test.step('And I audit a claim with the same patient’s values', async () => {
    await page.getByRole('button', { name: 'Audit', exact: true }).click();
    const claim = page.getByRole('form', { name: 'Claim to audit' });
    await claim.getByRole('radio', { name: 'height, weight and mg/m²' }).check();
    await claim.getByLabel('Height', { exact: true }).fill(heightCm);
    await claim.getByLabel('Weight', { exact: true }).fill(weightKg);
    await claim.getByLabel('Ordered dose (mg/m²)').fill('40');
    await claim.getByLabel('Line 1 code').fill('J9207');
    await claim.getByLabel('Line 1 units').fill('74');
    await claim.getByLabel('Line 2 units').fill('1');
    await claim.getByRole('button', { name: 'Audit claim' }).click();
    await expect(page.getByRole('heading', { name: 'Audit result' })).toBeVisible();
    expect(await fieldsWithAutocomplete(page)).toEqual([]);
  });

  await test.step('Then every request went to the app’s own origin', async () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(foreign, `requests to other origins: ${foreign.join(', ')}`).toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations, 'blocked by the Content-Security-Policy').toEqual([]);
    expect(pageErrors, 'uncaught errors during the session').toEqual([]);
  });

  await test.step('And no typed value is in storage, cookies, the URL or the caches', async () => {
    const stores = await browserStores(page);
    const cookies = JSON.stringify(await context.cookies());
    // The check must look at something real: the settings were saved and the app shell is cached.
    expect(stores.localStorage).toContain('j9207.settings');
    expect(Number(stores.cacheEntries)).toBeGreaterThan(3);
    for (const [where, text] of Object.entries({ ...stores, cookies, pageUrl: page.url() })) {
      for (const value of patientValues) {
        expect(text.includes(value), `${value} found in ${where}`).toBe(false);
      }
    }
  });
});
