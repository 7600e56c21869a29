// The batch audit at scale, in Chromium: 200,000 generated rows audited in the batch worker with
// the progress bar moving and no main-thread task over 50 ms (PerformanceObserver 'longtask',
// registered before the audit starts), Cancel stopping the worker, and the findings CSV downloaded
// and read back. Prints the wall time for 50,000 and 200,000 rows and the longest main-thread task:
//   E2E_PORT=4196 npx playwright test tests/e2e/audit-batch-large.spec.ts
import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { batchCsv } from './batch-rows';

// One test at a time: the timings mean nothing if two 200,000-row audits share the CPU.
test.describe.configure({ mode: 'serial' });

const n = (value: number) => value.toLocaleString('en-US');

async function openBatch(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await page.getByRole('button', { name: 'CSV batch' }).click();
}

/** Starts recording long tasks and the longest gap between main-thread turns (a 0 ms timer loop). */
async function watchMainThread(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      longTasks: number[];
      longTaskAt: string[];
      longestGapMs: number;
      stopWatch: () => void;
    };
    w.longTasks = [];
    w.longTaskAt = [];
    w.longestGapMs = 0;
    const t0 = performance.now();
    // When the summary appears (the audit is done), to place each long task before or after it.
    let doneAt = Number.NaN;
    const mutations = new MutationObserver(() => {
      if (Number.isNaN(doneAt) && document.querySelector('.audit-batch-summary')) doneAt = performance.now();
    });
    mutations.observe(document.body, { childList: true, subtree: true });
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(entry.duration);
        const since = Number.isNaN(doneAt)
          ? 'before the summary'
          : `${Math.round(entry.startTime - doneAt)} ms after the summary`;
        w.longTaskAt.push(
          `${Math.round(entry.duration)} ms at ${Math.round(entry.startTime - t0)} ms (${since})`,
        );
      }
    });
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      w.longestGapMs = Math.max(w.longestGapMs, now - last);
      last = now;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    w.stopWatch = () => {
      running = false;
      observer.disconnect();
      mutations.disconnect();
    };
  });
}

async function stopWatching(
  page: Page,
): Promise<{ longTasks: number[]; longTaskAt: string[]; longestGapMs: number }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      longTasks: number[];
      longTaskAt: string[];
      longestGapMs: number;
      stopWatch: () => void;
    };
    w.stopWatch();
    return { longTasks: w.longTasks, longTaskAt: w.longTaskAt, longestGapMs: w.longestGapMs };
  });
}

async function writeCsv(rows: number): Promise<string> {
  const path = test.info().outputPath(`batch-${rows}.csv`);
  await writeFile(path, batchCsv(rows));
  return path;
}

const progressText = (page: Page) => page.getByText(/^Reading and auditing /);

async function rowsDone(page: Page): Promise<number> {
  const text = (await progressText(page).textContent()) ?? '';
  return Number((/: ([\d,]+) rows done/.exec(text)?.[1] ?? '0').replace(/,/g, ''));
}

function report(label: string, value: string) {
  test.info().annotations.push({ type: label, description: value });
  console.log(`${label}: ${value}`);
}

test('50,000 rows: audited in the worker; wall time and longest main-thread task printed', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const path = await writeCsv(50_000);
  await openBatch(page);
  await watchMainThread(page);
  const start = Date.now();
  await page.getByLabel('Choose a CSV file').setInputFiles(path);
  const summary = page.getByText(/^batch-50000\.csv: 50,000 rows: /);
  await expect(summary).toBeVisible({ timeout: 300_000 });
  await expect(page.getByRole('table', { name: 'Audited rows (1–100 of 50,000)' })).toBeVisible();
  const wallMs = Date.now() - start;
  const watch = await stopWatching(page);
  report(
    '50,000 rows',
    `${n(wallMs)} ms wall (file picked → first page shown); ${summary ? await summary.textContent() : ''}; ` +
      `long tasks: ${watch.longTasks.length === 0 ? 'none' : watch.longTaskAt.join(', ')}; ` +
      `longest gap between main-thread turns ${Math.round(watch.longestGapMs)} ms`,
  );
  expect(watch.longTasks).toEqual([]);
});

test('200,000 rows: progress moves, no long task, Cancel stops the worker, the findings CSV reads back', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const path = await writeCsv(200_000);
  await openBatch(page);
  // 200,000 rows in 8 templates: 2 of 8 malformed, 2 of 8 clean (templates 0 and 1), the rest with findings.
  const expected = { clean: 50_000, findings: 100_000, malformed: 50_000 };

  await test.step('a first run is cancelled: the worker stops and nothing is shown', async () => {
    const closed = new Promise<void>((resolve) =>
      page.on('worker', (worker) => worker.on('close', () => resolve())),
    );
    await page.getByLabel('Choose a CSV file').setInputFiles(path);
    await expect.poll(() => rowsDone(page), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel the audit' }).click();
    await expect(
      page.getByText(/^The audit of batch-200000\.csv was cancelled after [\d,]+ rows/),
    ).toBeVisible();
    await closed;
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('table', { name: /^Audited rows/ })).toHaveCount(0);
  });

  let wallMs = 0;
  await test.step('a second run audits every row with the progress bar moving and no long task', async () => {
    await watchMainThread(page);
    const start = Date.now();
    await page.getByLabel('Choose a CSV file').setInputFiles(path);
    const bar = page.getByRole('progressbar', { name: /^Reading and auditing batch-200000\.csv/ });
    await expect(bar).toBeVisible();
    await expect.poll(() => rowsDone(page), { timeout: 120_000 }).toBeGreaterThan(0);
    const first = await rowsDone(page);
    const firstValue = Number(await bar.getAttribute('value'));
    await expect.poll(() => rowsDone(page), { timeout: 120_000 }).toBeGreaterThan(first);
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(firstValue);
    await expect(progressText(page)).toContainText(
      /of about [\d,]+ \(estimated from the file size until the end\)/,
    );

    const summary = page.getByText(/^batch-200000\.csv: 200,000 rows: /);
    await expect(summary).toBeVisible({ timeout: 600_000 });
    await expect(summary).toContainText(
      `200,000 rows: ${n(expected.clean)} clean, ${n(expected.findings)} with findings, ${n(expected.malformed)} malformed.`,
    );
    await expect(page.getByRole('table', { name: 'Audited rows (1–100 of 200,000)' })).toBeVisible();
    wallMs = Date.now() - start;
    const watch = await stopWatching(page);
    report(
      '200,000 rows',
      `${n(wallMs)} ms wall (file picked → first page shown); ${await summary.textContent()}; ` +
        `long tasks: ${watch.longTasks.length === 0 ? 'none' : watch.longTaskAt.join(', ')}; ` +
        `longest gap between main-thread turns ${Math.round(watch.longestGapMs)} ms`,
    );
    expect(watch.longTasks).toEqual([]);
  });

  await test.step('the table pages and filters the whole batch', async () => {
    await page.getByLabel('Page', { exact: true }).fill('2000');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(
      page.getByRole('table', { name: 'Audited rows (199,901–200,000 of 200,000)' }),
    ).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption('malformed');
    await expect(page.getByRole('table', { name: 'Audited rows (1–100 of 50,000)' })).toBeVisible();
  });

  await test.step('the findings CSV downloads and reads back: BOM, columns, every row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByRole('button', { name: 'Download findings (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('batch-200000-findings.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 6)).toEqual([
      'line',
      'claim_id',
      'date_of_service',
      'payer',
      'status',
      'row_type',
    ]);
    const statusByLine = new Map<string, string>();
    for (const row of parsed.data) statusByLine.set(row.line ?? '', row.status ?? '');
    expect(statusByLine.size).toBe(200_000);
    const count = (s: string) => [...statusByLine.values()].filter((v) => v === s).length;
    expect({ clean: count('clean'), findings: count('findings'), malformed: count('malformed') }).toEqual(
      expected,
    );
    // B-2 (line 4): 67.4 mg → 68 units given from 75 mg opened (1 × 45 + 2 × 15), 75 − 68 = 7 units
    // discarded; billed J9207 x 68 alone, so JW_MISSING and an added J9207-JW × 7 line.
    const b2 = parsed.data.filter((row) => row.claim_id === 'B-2');
    expect(b2.map((row) => row.code)).toContain('JW_MISSING');
    expect(
      b2
        .filter((row) => row.line_change === 'added')
        .map((row) => [row.billed_code, row.corrected_code, row.corrected_modifiers, row.corrected_units]),
    ).toEqual([['', 'J9207', 'JW', '7']]);
  });
});
