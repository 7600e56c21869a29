// Offline and installable: after one visit the service worker holds the app shell and the reference
// data, so the page loads and calculates with the network off (hospital Wi-Fi drops at the chair).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fixClock } from './dosing-page';

test('after one visit, the app reloads and calculates with the network off', async ({ page, context }) => {
  await test.step('Given I opened the app once and the service worker controls the page', async () => {
    await fixClock(page);
    await page.goto('./');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // clientsClaim: the first visit is taken over without a reload.
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
  });

  await test.step('When the network drops and I reload the page', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('J9207');
  });

  await test.step('Then I can still calculate a dose', async () => {
    await page.getByLabel('Height', { exact: true }).fill('173.4');
    await page.getByLabel('Weight', { exact: true }).fill('71.3');
    await page.getByLabel('Dose (mg/m²)').fill('40');
    // Mosteller: √(173.4 × 71.3 / 3600) = √(12,363.42 / 3600) = √3.434283… = 1.85318… → 1.85 m²
    // (half-up to 0.01). Dose: 40 mg/m² × 1.85 m² = 74.0 mg, shown as "74 mg".
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result).toContainText('1.85 m²');
    await expect(result).toContainText('74 mg');
  });

  await test.step('And the reference data (public/data/j9207.json) came from the offline cache', async () => {
    await page.getByRole('button', { name: 'Reference: label facts and code descriptors' }).click();
    const table = page.getByRole('table', { name: 'True descriptors of codes confused with J9207' });
    await expect(table.getByRole('row', { name: /J9371/ })).toContainText(
      'Injection, vincristine sulfate liposome, 1 mg',
    );
    await expect(page.getByText(/Reference data unavailable/i)).toHaveCount(0);
  });

  await context.setOffline(false);
});

test('the app is installable: Chromium reports no installability error', async ({
  playwright,
  baseURL,
}, testInfo) => {
  // A persistent profile: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'j9207-pwa-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
  });
  try {
    const page = await context.newPage();
    await page.goto(baseURL ?? '/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
