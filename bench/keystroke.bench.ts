// Responsiveness: a keystroke in the Weight field to the updated result, in the production build, in
// Debian's Chromium, on the calibrated CPU (scripts/cpu-calibration.ts: the same emulated phone as
// `npm run lighthouse`, slowdown = the CPU-time benchmarkIndex ÷ 440). `npm run bench -- keystroke`.
// Target: median under 16 ms on the emulated phone (one frame); gated with GATE_KEYSTROKE=1.
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
// result and the list of what to fix).
//
// Options (environment): BENCH_DIST build folder (default dist; built when missing or stale),
// BENCH_PORT server port (default 4193), BENCH_KEYSTROKES per pass (default 100), CHROMIUM_PATH,
// CPU_BENCHMARK_INDEX (a CPU-time index to use instead of measuring the host).
import { chromium } from '@playwright/test';
import { calibrateCpu, describeCalibration } from '../scripts/cpu-calibration';
import { mainThreadCpuTimeBetween, type TraceEvent } from '../scripts/cpu-time-trace';
import { buildIfNeeded, serveStatic } from '../scripts/serve-dist';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4193);
const keystrokes = Math.max(20, Number(process.env.BENCH_KEYSTROKES ?? 100));
const targetMs = 16;

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
 * One pass of keystrokes on a fresh page: wall-clock times in the page, and the trace when `traced`.
 * `throttle`: Chromium's CPU slowdown for this pass (1: none).
 */
async function keystrokePass(
  browser: Browser,
  url: string,
  throttle: number,
  traced: boolean,
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
    // Everything loaded on first use has arrived before the first measured keystroke.
    await page.getByText('Time limits').waitFor({ timeout: 60_000 });

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
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
    }
    let missed = 0;
    let digit = 0;
    for (let i = 0; i < keystrokes; i++) {
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
 * The same throttled keystrokes on a page with only an input and a one-line handler that writes the
 * result: what Chromium's throttled wall-clock figure costs before any app runs (information).
 */
async function vanillaFloorMs(browser: Browser, throttle: number): Promise<number> {
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
      document.addEventListener('keydown', (event) => {
        pending = event.timeStamp;
      });
      document.getElementById('w')?.addEventListener('input', (event) => {
        out.textContent = `Dose ${(Number((event.target as HTMLInputElement).value) * 1.04).toFixed(1)} mg`;
      });
      new MutationObserver(() => {
        if (pending === null) return;
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
    let digit = 0;
    for (let i = 0; i < 40; i++) {
      if (i % 2 === 0) digit = (digit + 3) % 10;
      await page.keyboard.press(i % 2 === 0 ? String(digit) : 'Backspace');
      await page.waitForTimeout(50);
    }
    return percentile(await page.evaluate(() => (window as unknown as { __floor: number[] }).__floor), 0.5);
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

async function main(): Promise<number> {
  buildIfNeeded(dist);
  const server = await serveStatic(dist, port);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const calibration = await calibrateCpu(browser);
    console.log(describeCalibration(calibration));
    const slowdown = calibration.multiplier;

    const cpuPass = await keystrokePass(browser, server.url, 1, true);
    const cpuMs = keystrokeCpuMs(cpuPass.trace ?? []);
    const phoneMs = cpuMs.map((v) => v * slowdown);
    const median = percentile(phoneMs, 0.5);
    console.log(
      `Keystroke in Weight → updated result (production build, Chromium, ${cpuMs.length} of ${keystrokes} keystrokes):`,
    );
    console.log(
      `  on the emulated phone (main-thread CPU time × ${slowdown.toFixed(2)}): median ${ms(median)}, p95 ${ms(percentile(phoneMs, 0.95))}, max ${ms(Math.max(...phoneMs))}`,
    );
    console.log(
      `  on this host, unthrottled: CPU median ${ms(percentile(cpuMs, 0.5))}; wall-clock median ${ms(percentile(cpuPass.dom, 0.5))}`,
    );

    const throttledPass = await keystrokePass(browser, server.url, slowdown, false);
    console.log(
      `  information, Chromium's CPU throttling ×${slowdown.toFixed(2)}, wall-clock from the keydown's timestamp (includes the browser's event routing and the throttle's pauses): DOM updated median ${ms(percentile(throttledPass.dom, 0.5))}, p95 ${ms(percentile(throttledPass.dom, 0.95))}; next frame ${ms(percentile(throttledPass.frame, 0.5))}`,
    );
    console.log(
      `  information, the same throttled measure of a page with only an input and a one-line handler: median ${ms(await vanillaFloorMs(browser, slowdown))}`,
    );
    const missed = cpuPass.missed + throttledPass.missed + (keystrokes - cpuMs.length - cpuPass.missed);
    if (missed > 0) console.log(`  ${missed} keystroke(s) did not change the result region in time`);
    const ok = cpuMs.length > 0 && median < targetMs;
    // Gated only with GATE_KEYSTROKE=1: the median has come within 5% of the target and varies from
    // run to run, too close to gate a CI run on an unknown host.
    const gated = process.env.GATE_KEYSTROKE === '1';
    console.log(
      `  target: median < ${targetMs} ms on the emulated phone → ${ok ? 'ok' : gated ? 'FAIL' : 'missed (reported, not gated)'}`,
    );
    // A keystroke that never updated the result fails whatever the timing gate.
    return cpuPass.missed + throttledPass.missed > 0 || (gated && !ok) ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
