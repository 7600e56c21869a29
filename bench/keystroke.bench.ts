// Responsiveness: time from a keystroke in the Weight field to the updated result, in the production
// build, in Debian's Chromium, on the calibrated CPU (scripts/cpu-calibration.ts: the same emulated
// phone as `npm run lighthouse`, through CDP Emulation.setCPUThrottlingRate). The slowdown is the
// CPU-time benchmarkIndex ÷ 440, measured in the bench's own browser before the page loads. The
// throttling here is real, not simulated: Chromium pauses the page's thread for part of each
// wall-clock interval, so on a busy host the page still loses the time other processes take on top
// of the slowdown (the CPU-time index keeps the slowdown itself from growing or shrinking with the
// host's load, but not the page's share of the core). `npm run bench -- keystroke`. Target: median
// under 16 ms (one frame).
//
// Measured inside the page: a capturing keydown listener notes the event's timestamp, and a
// MutationObserver on the result region notes when the DOM under it changes; the difference is the
// time the app took to turn the keystroke into an updated result (React renders a keystroke
// synchronously, so the observer fires in the same task). The start of the next animation frame
// after that (rAF callback) is printed too, for information. Each keystroke alternates the weight between 7 and
// 70–79 kg (height 173.4 cm, 40 mg/m²), so every keystroke changes the result.
//
// Options (environment): BENCH_DIST build folder (default dist; built when missing or stale),
// BENCH_PORT server port (default 4193), BENCH_KEYSTROKES (default 200), CHROMIUM_PATH,
// CPU_BENCHMARK_INDEX (a CPU-time index to use instead of measuring the host).
import { chromium } from '@playwright/test';
import { calibrateCpu, describeCalibration } from '../scripts/cpu-calibration';
import { buildIfNeeded, serveStatic } from '../scripts/serve-dist';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4193);
const keystrokes = Math.max(20, Number(process.env.BENCH_KEYSTROKES ?? 200));
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
    // No service worker: measure the app, not the cache.
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: calibration.multiplier });
    await page.goto(server.url);
    const weight = page.getByLabel('Weight', { exact: true });
    await page.getByLabel('Height', { exact: true }).fill('173.4');
    await page.getByLabel('Dose (mg/m²)').fill('40');
    await weight.fill('7');
    const region = page.getByRole('region', { name: 'Result' });
    await region.waitFor();

    await region.evaluate((resultRegion) => {
      const state: NonNullable<Window['__keystrokeBench']> = { pending: null, dom: [], frame: [] };
      window.__keystrokeBench = state;
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.target instanceof HTMLInputElement) state.pending = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        const start = state.pending;
        if (start === null) return;
        state.pending = null;
        state.dom.push(performance.now() - start);
        requestAnimationFrame(() => state.frame.push(performance.now() - start));
      }).observe(resultRegion, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    await weight.focus();
    await page.keyboard.press('End');
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
    const { dom, frame } = await page.evaluate(() => window.__keystrokeBench ?? { dom: [], frame: [] });
    const median = percentile(dom, 0.5);
    console.log(
      `Keystroke in Weight → updated result (production build, Chromium, CPU ×${calibration.multiplier.toFixed(2)}, ${dom.length} keystrokes):`,
    );
    console.log(
      `  DOM updated: median ${median.toFixed(2)} ms, p95 ${percentile(dom, 0.95).toFixed(2)} ms, max ${Math.max(...dom).toFixed(2)} ms`,
    );
    console.log(
      `  next frame starts: median ${percentile(frame, 0.5).toFixed(2)} ms (information: includes waiting for vsync)`,
    );
    if (missed > 0) console.log(`  ${missed} keystroke(s) did not change the result region within 2 s`);
    const ok = missed === 0 && median < targetMs;
    // Gated only with GATE_SPEED_TARGETS=1: the merged first screen misses it on the calibrated CPU.
    const gated = process.env.GATE_SPEED_TARGETS === '1';
    console.log(
      `  target: median < ${targetMs} ms → ${ok ? 'ok' : gated ? 'FAIL' : 'missed (reported, not gated)'}`,
    );
    // A keystroke that never updated the result is a failure whatever the timing gate.
    return missed > 0 || (gated && !ok) ? 1 : 0;
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
