// Responsiveness: a keystroke in the Weight field to the updated result, in the production build, in
// Debian's Chromium, on the calibrated CPU (scripts/cpu-calibration.ts: the same emulated phone as
// `npm run lighthouse`, slowdown = the CPU-time benchmarkIndex ÷ 440). `npm run bench -- keystroke`.
// Targets: median under 16 ms on the emulated phone (one frame; reported, gated with
// GATE_KEYSTROKE=1, see `main`), and at most 2× React and react-hook-form alone on the same
// measure (gated: see maxStackRatio).
//
// The budget is taken in CPU time, as Lighthouse's figures are: the page runs unthrottled while
// traced, a capturing keydown listener marks the keystroke's start and a MutationObserver on the
// Result region marks the updated result (React renders a keystroke synchronously, so the observer
// fires in the same task); the CPU time the page's main thread spent between the two marks
// (scripts/cpu-time-trace.ts), times the slowdown, is the keystroke's time on the emulated phone.
// So a busy or single-core host, where the thread is preempted, measures the same phone as an idle
// one. For information the same keystrokes are also timed with Chromium's real CPU throttling
// (CDP Emulation.setCPUThrottlingRate), in wall-clock time: that figure includes the browser's own
// event routing and, on a busy host, the time other processes take.
// Each keystroke alternates the weight between 7 and 70–79 kg (height 173.4 cm, 40 mg/m²), so every
// keystroke changes the result (7 kg is outside the accepted range: the panel switches between a
// result and the list of what to fix). Keys come at a person's pace: the next one once the page is
// idle again (a nurse types a few keys a second; the page's deferred work takes far less).
// The keystrokes run in rounds, each on a calibration read just before it, and the median is over
// all of them. For scale, two floors are measured both ways: a page with only an input and a
// one-line handler (the browser's own key handling), and bench/stack-floor, React and
// react-hook-form with nothing of the app (what any page on this stack pays first).
//
// Options (environment): BENCH_DIST build folder (default dist; built when missing or stale),
// BENCH_PORT server port (default 4193), BENCH_KEYSTROKES in all (default 120), BENCH_ROUNDS
// (default 3), CHROMIUM_PATH, CPU_BENCHMARK_INDEX (a CPU-time index to use instead of measuring).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import {
  backgroundChromiumFeatures,
  type CpuCalibration,
  calibrateCpu,
  describeCalibration,
  mergeDisabledFeatures,
} from '../scripts/cpu-calibration';
import { mainThreadCpuTimeBetween, type TraceEvent } from '../scripts/cpu-time-trace';
import { buildIfNeeded, serveStatic } from '../scripts/serve-dist';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4193);
const keystrokes = Math.max(20, Number(process.env.BENCH_KEYSTROKES ?? 120));
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const targetMs = 16;
/**
 * The gated budget: the app's keystroke at most this many times the same keystroke on the stack's
 * floor page, measured in the same rounds. With the app's own work (the exact calculation, the
 * Result panel) it has measured 1.02–1.36× here, idle and on one busy core (single rounds up to
 * 1.53×); a change that makes the app's own share as heavy as the whole stack fails on any host.
 */
const maxStackRatio = 2;
/**
 * Only the main thread's tasks (with their CPU time) and the marks: the timeline categories' own
 * instrumentation would add a third to a keystroke's CPU time on the app's page.
 */
const keystrokeTraceCategories = ['toplevel', 'blink.user_timing'] as const;

declare global {
  interface Window {
    __keystrokeBench?: { pending: number | null; dom: number[]; frame: number[] };
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))] ?? Number.NaN;
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Pass = { dom: number[]; frame: number[]; missed: number; trace?: TraceEvent[] };

/**
 * The stack's floor page (bench/stack-floor: React and react-hook-form with nothing of the app),
 * built into a temporary folder.
 */
async function buildStackFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'keystroke-stack-floor-'));
  await build({
    root: fileURLToPath(new URL('./stack-floor', import.meta.url)),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * One pass of keystrokes on a fresh page: wall-clock times in the page, and the trace when `traced`.
 * `throttle`: Chromium's CPU slowdown for this pass (1: none).
 */
async function keystrokePass(
  browser: Browser,
  url: string,
  throttle: number,
  traced: boolean,
  count: number,
  app = true,
): Promise<Pass> {
  // No service worker: measure the app, not the cache.
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url);
    const weight = page.getByLabel('Weight', { exact: true });
    await page.getByLabel('Height', { exact: true }).fill('173.4');
    await page.getByLabel('Dose (mg/m²)').fill('40');
    await weight.fill('7');
    const region = page.getByRole('region', { name: 'Result' });
    await region.waitFor();
    // Everything the app loads on first use has arrived before the first measured keystroke.
    if (app) await page.getByText('Time limits').waitFor({ timeout: 60_000 });

    await region.evaluate((resultRegion) => {
      const state: NonNullable<Window['__keystrokeBench']> = { pending: null, dom: [], frame: [] };
      window.__keystrokeBench = state;
      document.addEventListener(
        'keydown',
        (event) => {
          if (!(event.target instanceof HTMLInputElement)) return;
          state.pending = event.timeStamp;
          performance.mark('keystroke-start');
        },
        true,
      );
      new MutationObserver(() => {
        const start = state.pending;
        if (start === null) return;
        state.pending = null;
        performance.mark('keystroke-result');
        state.dom.push(performance.now() - start);
        requestAnimationFrame(() => state.frame.push(performance.now() - start));
      }).observe(resultRegion, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    await weight.focus();
    await page.keyboard.press('End');
    if (traced) {
      await browser.startTracing(page, { categories: [...keystrokeTraceCategories] });
    }
    let missed = 0;
    let digit = 0;
    for (let i = 0; i < count; i++) {
      // Even keystrokes add a digit (7 → 7d kg), odd ones remove it (7d → 7 kg).
      if (i % 2 === 0) digit = (digit + 3) % 10;
      const key = i % 2 === 0 ? String(digit) : 'Backspace';
      const before = await page.evaluate(() => window.__keystrokeBench?.frame.length ?? 0);
      await page.keyboard.press(key);
      try {
        await page.waitForFunction((n) => (window.__keystrokeBench?.frame.length ?? 0) > n, before, {
          timeout: 2_000,
        });
      } catch {
        missed += 1;
        await page.evaluate(() => {
          if (window.__keystrokeBench) window.__keystrokeBench.pending = null;
        });
      }
      // Typed at a person's pace: the next key comes once the page is idle again, so the work a
      // keystroke defers (the details below the Result panel) is not counted in the next one.
      await page.evaluate(
        () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
      );
    }
    const trace = traced
      ? (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
      : undefined;
    const { dom, frame } = await page.evaluate(() => window.__keystrokeBench ?? { dom: [], frame: [] });
    return { dom, frame, missed, ...(trace ? { trace } : {}) };
  } finally {
    await context.close();
  }
}

/**
 * The same keystrokes on a page with only an input and a one-line handler that writes the result:
 * what either measure costs before any app runs (information). `throttle` 1 with `traced`: its
 * keystrokes' CPU time (ms); otherwise wall-clock times under Chromium's throttling.
 */
async function floorPass(browser: Browser, throttle: number, traced: boolean): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.setContent(
      '<label for="w">Weight</label><input id="w" type="text" autocomplete="off" inputmode="decimal">' +
        '<section id="r"><p id="out">-</p></section>',
    );
    await page.evaluate(() => {
      const out = document.getElementById('out') as HTMLElement;
      const times: number[] = [];
      let pending: number | null = null;
      (window as unknown as { __floor: number[] }).__floor = times;
      document.addEventListener(
        'keydown',
        (event) => {
          pending = event.timeStamp;
          performance.mark('keystroke-start');
        },
        true,
      );
      document.getElementById('w')?.addEventListener('input', (event) => {
        out.textContent = `Dose ${(Number((event.target as HTMLInputElement).value) * 1.04).toFixed(1)} mg`;
      });
      new MutationObserver(() => {
        if (pending === null) return;
        performance.mark('keystroke-result');
        times.push(performance.now() - pending);
        pending = null;
      }).observe(document.getElementById('r') as HTMLElement, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.locator('#w').fill('7');
    await page.locator('#w').focus();
    if (traced) await browser.startTracing(page, { categories: [...keystrokeTraceCategories] });
    let digit = 0;
    for (let i = 0; i < 40; i++) {
      if (i % 2 === 0) digit = (digit + 3) % 10;
      await page.keyboard.press(i % 2 === 0 ? String(digit) : 'Backspace');
      await page.waitForTimeout(50);
    }
    if (traced) {
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      return keystrokeCpuMs(trace.traceEvents);
    }
    return await page.evaluate(() => (window as unknown as { __floor: number[] }).__floor);
  } finally {
    await context.close();
  }
}

/** CPU time (ms) of the page's main thread from each keystroke's start mark to its result mark. */
function keystrokeCpuMs(trace: readonly TraceEvent[]): number[] {
  const marks = (name: string) =>
    trace
      .filter((e) => e.name === name && e.cat?.toString().includes('user_timing'))
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const starts = marks('keystroke-start');
  const results = marks('keystroke-result');
  const cpu: number[] = [];
  for (const start of starts) {
    const end = results.find((t) => t >= start);
    const next = starts.find((t) => t > start);
    // A keystroke whose result came after the next keystroke started is not counted (missed).
    if (end === undefined || (next !== undefined && end > next)) continue;
    cpu.push(mainThreadCpuTimeBetween(trace, start, end) / 1000);
  }
  return cpu;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

type Round = { calibration: CpuCalibration; cpuMs: number[]; missed: number; uncounted: number };

/** One traced pass on a fresh page of `url`, in CPU time, on `calibration`. */
async function cpuRound(
  browser: Browser,
  url: string,
  count: number,
  app: boolean,
  calibration: CpuCalibration,
): Promise<Round> {
  const pass = await keystrokePass(browser, url, 1, true, count, app);
  const cpuMs = keystrokeCpuMs(pass.trace ?? []);
  return { calibration, cpuMs, missed: pass.missed, uncounted: count - cpuMs.length - pass.missed };
}

const onPhone = (rounds: readonly Round[]) =>
  rounds.flatMap((r) => r.cpuMs.map((v) => v * r.calibration.multiplier));

async function main(): Promise<number> {
  buildIfNeeded(dist);
  const stackDist = await buildStackFloor();
  const server = await serveStatic(dist, port);
  const stackServer = await serveStatic(stackDist, port + 1);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      mergeDisabledFeatures([], backgroundChromiumFeatures),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    // Rounds, each on its own calibration (as each Lighthouse run is), the app and the stack's floor
    // page back to back: a stretch of time when the host runs slower is measured on the slowdown
    // read in that stretch, is one round of several, and slows the app and its baseline alike.
    const perRound = Math.ceil(keystrokes / rounds);
    const app: Round[] = [];
    const stack: Round[] = [];
    console.log(`Keystroke in Weight → updated result (production builds, Chromium), ${rounds} rounds:`);
    for (let round = 1; round <= rounds; round++) {
      const calibration = await calibrateCpu(browser);
      const appRound = await cpuRound(browser, server.url, perRound, true, calibration);
      const stackRound = await cpuRound(browser, stackServer.url, perRound, false, calibration);
      app.push(appRound);
      stack.push(stackRound);
      const figure = (r: Round) =>
        `CPU median ${ms(percentile(r.cpuMs, 0.5))} → ${ms(percentile(r.cpuMs, 0.5) * calibration.multiplier)}`;
      console.log(`  round ${round}: ${describeCalibration(calibration)}`);
      console.log(`    app ${figure(appRound)}; React and react-hook-form alone ${figure(stackRound)}`);
    }
    const appMs = onPhone(app);
    const stackMs = onPhone(stack);
    const median = percentile(appMs, 0.5);
    const stackMedian = percentile(stackMs, 0.5);
    const ratio = median / stackMedian;
    const slowdown = percentile(
      app.map((r) => r.calibration.multiplier),
      0.5,
    );
    console.log(
      `  app, on the emulated phone (each keystroke's main-thread CPU time × its round's slowdown), ${appMs.length} keystrokes: median ${ms(median)}, p95 ${ms(percentile(appMs, 0.95))}, max ${ms(Math.max(...appMs))}`,
    );
    console.log(
      `  floor, React and react-hook-form alone (bench/stack-floor: three fields, a two-line result), the same way: median ${ms(stackMedian)}; the app takes ${ratio.toFixed(2)}× that`,
    );

    const throttled = await keystrokePass(browser, server.url, slowdown, false, perRound);
    const stackThrottled = await keystrokePass(browser, stackServer.url, slowdown, false, perRound, false);
    const floorCpu = await floorPass(browser, 1, true);
    const floorThrottled = await floorPass(browser, slowdown, false);
    console.log(
      `  information, Chromium's CPU throttling ×${slowdown.toFixed(2)} (the rounds' median slowdown), wall-clock from the keydown's timestamp (includes the browser's event routing and the throttle's pauses):`,
    );
    console.log(
      `    app: DOM updated median ${ms(percentile(throttled.dom, 0.5))}, p95 ${ms(percentile(throttled.dom, 0.95))}; next frame ${ms(percentile(throttled.frame, 0.5))}`,
    );
    console.log(`    React and react-hook-form alone: median ${ms(percentile(stackThrottled.dom, 0.5))}`);
    console.log(
      `    a page with only an input and a one-line handler: median ${ms(percentile(floorThrottled, 0.5))} (CPU time × ${slowdown.toFixed(2)}: ${ms(percentile(floorCpu, 0.5) * slowdown)})`,
    );

    // A keystroke that never updated the result fails whatever the timing gates; one whose result
    // came only after the next keystroke is not counted in the CPU-time figures.
    const all = [...app, ...stack];
    const missed = all.reduce((sum, r) => sum + r.missed, 0) + throttled.missed + stackThrottled.missed;
    const uncounted = all.reduce((sum, r) => sum + r.uncounted, 0);
    if (missed > 0) console.log(`  ${missed} keystroke(s) did not change the result region in time`);
    if (uncounted > 0)
      console.log(`  ${uncounted} keystroke(s) not counted (result after the next keystroke)`);

    const ok = appMs.length > 0 && median < targetMs;
    const gated = process.env.GATE_KEYSTROKE === '1';
    console.log(
      `  target: median < ${targetMs} ms on the emulated phone → ${ok ? 'ok' : gated ? 'FAIL' : 'missed (reported, not gated: React and react-hook-form alone come to about the same)'}`,
    );
    const ratioOk = stackMs.length > 0 && ratio <= maxStackRatio;
    console.log(
      `  target: the app at most ${maxStackRatio}× React and react-hook-form alone → ${ratioOk ? 'ok' : 'FAIL'}`,
    );
    return missed > 0 || !ratioOk || (gated && !ok) ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
    stackServer.stop();
    rmSync(stackDist, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
