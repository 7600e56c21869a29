// The batch audit at scale, in Chromium: 200,000 generated rows audited in the batch worker with
// the progress bar moving and no main-thread task over 50 ms (scaled by a loop timed on this host;
// PerformanceObserver 'longtask',
// registered before the audit starts), Cancel stopping the worker, and the findings CSV downloaded
// and read back. Prints the wall time for 50,000 and 200,000 rows and the longest main-thread task:
//   E2E_PORT=4196 npx playwright test tests/e2e/audit-batch-large.spec.ts
import { readFile, writeFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { batchCsv } from './batch-rows';

// One test at a time: the timings mean nothing if two 200,000-row audits share the CPU.
test.describe.configure({ mode: 'serial' });

const n = (value: number) => value.toLocaleString('en-US');

async function openBatch(page: Page) {
  // The audit date comes from the device clock: fix it (the rows' dates of service are before it).
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  await page.goto('./');
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await page.getByRole('button', { name: 'CSV batch' }).click();
}

/** Starts recording long tasks (over 50 ms) on the page's main thread. */
async function watchMainThread(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      longTasks: number[];
      longTaskAt: string[];
      stopWatch: () => void;
    };
    w.longTasks = [];
    w.longTaskAt = [];
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
    w.stopWatch = () => {
      observer.disconnect();
      mutations.disconnect();
    };
  });
}

async function stopWatching(page: Page): Promise<{ longTasks: number[]; longTaskAt: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      longTasks: number[];
      longTaskAt: string[];
      stopWatch: () => void;
    };
    w.stopWatch();
    return { longTasks: w.longTasks, longTaskAt: w.longTaskAt };
  });
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
};

/** BATCH_TRACE=1: also trace the page to report its longest main-thread task under 50 ms. */
const tracing = process.env.BATCH_TRACE === '1';

/**
 * The longest task on the page's main thread (Chromium's RunTask trace events on CrRendererMain),
 * in ms, over what `run` does: every task, not only those over 50 ms. Tracing slows the page, so a
 * traced run reports and does not judge; without BATCH_TRACE=1 this only runs `run`.
 */
async function longestTraced(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<number | undefined> {
  if (!tracing) {
    await run();
    return undefined;
  }
  await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
  await run();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as
    | { traceEvents: TraceEvent[] }
    | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      mainThreads.has(key) &&
      e.dur !== undefined
    )
      byThread.set(key, [...(byThread.get(key) ?? []), e.dur / 1000]);
  }
  // The page's renderer is the main thread that ran the most tasks.
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return busiest.reduce((max, d) => Math.max(max, d), 0);
}

async function writeCsv(rows: number): Promise<string> {
  const path = test.info().outputPath(`batch-${rows}.csv`);
  await writeFile(path, batchCsv(rows));
  return path;
}

// While the main thread is watched, the test reads the page with plain DOM queries only: Playwright's
// role and text locators walk the whole DOM on the page's main thread and would be measured too.
async function rowsDone(page: Page): Promise<number> {
  const text = await page.evaluate(() => document.querySelector('.audit-progress p')?.textContent ?? '');
  return Number((/: ([\d,]+) rows done/.exec(text)?.[1] ?? '0').replace(/,/g, ''));
}

async function progressValue(page: Page): Promise<number> {
  return page
    .evaluate(() => document.querySelector('.audit-progress progress')?.getAttribute('value') ?? '0')
    .then(Number);
}

/** Waits (in the page, polling four times a second, not every frame) until the caption shows `range`. */
async function waitForCaption(page: Page, range: string) {
  await page.waitForFunction(
    (text) => document.querySelector('.audit-batch caption')?.textContent?.includes(text) === true,
    range,
    { timeout: 600_000, polling: 250 },
  );
}

/** A fixed loop on the page's main thread took this long on the idle host the budget was set on. */
const referenceLoopMs = 92;

/**
 * How much slower this page's main thread is than the reference host, measured now (the best of
 * five runs of a fixed loop, before the audit starts): the 50 ms long-task budget is scaled by it
 * (never below 50 ms), so a slow or shared CPU does not fail a page that does its work in small steps.
 */
async function longTaskBudgetMs(page: Page): Promise<number> {
  const loopMs = await page.evaluate(() => {
    const times: number[] = [];
    let sink = 0;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      for (let i = 0; i < 3e7; i++) sink = (sink + i * 7) % 1000003;
      times.push(performance.now() - start);
    }
    return sink < 0 ? Number.NaN : Math.min(...times);
  });
  return 50 * Math.max(1, loopMs / referenceLoopMs);
}

function report(label: string, value: string) {
  test.info().annotations.push({ type: label, description: value });
  console.log(`${label}: ${value}`);
}

test('50,000 rows: audited in the worker; wall time and longest main-thread task printed', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const path = await writeCsv(50_000);
  await openBatch(page);
  const budgetMs = await longTaskBudgetMs(page);
  await watchMainThread(page);
  const summary = page.getByText(/^batch-50000\.csv: 50,000 rows: /);
  let wallMs = 0;
  const longestMs = await longestTraced(browser, page, async () => {
    const start = Date.now();
    await page.getByLabel('Choose a CSV file').setInputFiles(path);
    await waitForCaption(page, '(1–100 of 50,000)');
    wallMs = Date.now() - start;
  });
  const watch = await stopWatching(page);
  await expect(summary).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audited rows (1–100 of 50,000)' })).toBeVisible();
  report(
    '50,000 rows',
    `${n(wallMs)} ms wall (file picked → first page shown); ${await summary.textContent()}; ` +
      `${longestMs === undefined ? '' : `longest main-thread task ${longestMs.toFixed(1)} ms (traced run); `}` +
      `long tasks over 50 ms: ${watch.longTasks.length === 0 ? 'none' : watch.longTaskAt.join(', ')}; ` +
      `budget on this host ${Math.round(budgetMs)} ms`,
  );
  if (!tracing) expect(watch.longTasks.filter((ms) => ms > budgetMs)).toEqual([]);
});

test('200,000 rows: progress moves, no long task, Cancel stops the worker, the findings CSV reads back', async ({
  page,
  browser,
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
    await expect(
      page.getByRole('progressbar', { name: /^Reading and auditing batch-200000\.csv: [\d,]+ rows done/ }),
    ).toBeVisible();
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
    const budgetMs = await longTaskBudgetMs(page);
    await watchMainThread(page);
    const summary = page.getByText(/^batch-200000\.csv: 200,000 rows: /);
    const longestMs = await longestTraced(browser, page, async () => {
      const start = Date.now();
      await page.getByLabel('Choose a CSV file').setInputFiles(path);
      await expect.poll(() => rowsDone(page), { timeout: 120_000 }).toBeGreaterThan(0);
      const first = await rowsDone(page);
      const firstValue = await progressValue(page);
      await expect.poll(() => rowsDone(page), { timeout: 120_000 }).toBeGreaterThan(first);
      expect(await progressValue(page)).toBeGreaterThan(firstValue);
      const text = await page.evaluate(() => document.querySelector('.audit-progress p')?.textContent ?? '');
      expect(text).toMatch(
        /^Reading and auditing batch-200000\.csv: [\d,]+ rows done of about [\d,]+ \(estimated from the file size until the end\)\.$/,
      );
      await waitForCaption(page, '(1–100 of 200,000)');
      wallMs = Date.now() - start;
    });
    await expect(summary).toContainText(
      `200,000 rows: ${n(expected.clean)} clean, ${n(expected.findings)} with findings, ${n(expected.malformed)} malformed.`,
    );
    const watch = await stopWatching(page);
    await expect(page.getByRole('table', { name: 'Audited rows (1–100 of 200,000)' })).toBeVisible();
    report(
      '200,000 rows',
      `${n(wallMs)} ms wall (file picked → first page shown); ${await summary.textContent()}; ` +
        `${longestMs === undefined ? '' : `longest main-thread task ${longestMs.toFixed(1)} ms (traced run); `}` +
        `long tasks over 50 ms: ${watch.longTasks.length === 0 ? 'none' : watch.longTaskAt.join(', ')}; ` +
        `budget on this host ${Math.round(budgetMs)} ms`,
    );
    if (!tracing) expect(watch.longTasks.filter((ms) => ms > budgetMs)).toEqual([]);
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
