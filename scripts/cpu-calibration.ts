// The CPU calibration shared by `npm run lighthouse` and `npm run bench -- keystroke`: one
// emulated phone on every host. Lighthouse slows the CPU by 4× whatever the host; its docs
// (docs/throttling.md, "Calibrating the CPU slowdown") say to derive the multiplier from the
// `benchmarkIndex` it reports instead. Here: multiplier = benchmarkIndex ÷ 440, never below 1 — a
// host four times a mid-tier phone (Moto G4 class, index 125–800 in those docs) is slowed by 4.
//
// The index is taken in CPU time. Lighthouse's benchmark (page-functions.js computeBenchmarkIndex)
// counts loop iterations per wall-clock second; on a busy or single-core host the page's thread is
// preempted during the loop, so the count reflects the share of a core it got, not the core's speed.
// Here the benchmark runs in a page while Chromium traces it, and the index is restated per second
// of the thread's own CPU time (index × the benchmark task's wall-clock ÷ CPU time, from the trace's
// dur/tdur; scripts/cpu-time-trace.ts). On an idle host the two agree; on a contended one the CPU-time
// index stays near the idle figure (same core, same clock), while the wall-clock index drops. The
// page's trace is restated in CPU time the same way before Lighthouse simulates the phone, so host
// and page are measured on one clock. What the CPU-time index does not remove: a slower clock
// (frequency scaling, thermal) or caches shared with a busy neighbour still make a CPU second do
// less work, and both sides see that alike.
//
// Also owns the Chromium flags both use: Chromium's own background pages are switched off, so on a
// busy or single-core host the page is not measured against them.
//
// Options (environment): CPU_BENCHMARK_INDEX uses that (CPU-time) index instead of measuring it (to
// compare hosts at one multiplier, or rerun with the figure a previous run printed).

import { type Browser, chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { cpuTimeBenchmarkIndex, longestMainThreadTask, type TraceEvent } from './cpu-time-trace';

/** The benchmarkIndex of the emulated phone: a host at this index runs unthrottled. */
export const phoneBenchmarkIndex = 440;

export interface CpuCalibration {
  /** This host's speed per CPU second, in Lighthouse's benchmarkIndex units (higher is faster):
   * the figure the multiplier comes from. */
  readonly benchmarkIndex: number;
  /** Lighthouse's benchmarkIndex as it counts it, per wall-clock second (absent for CPU_BENCHMARK_INDEX). */
  readonly wallClockIndex?: number;
  /** Chromium's CPU slowdown that brings this host down to the emulated phone. */
  readonly multiplier: number;
  /** Where the index came from. */
  readonly source: 'measured' | 'CPU_BENCHMARK_INDEX';
}

/** benchmarkIndex ÷ 440, never below 1 (a host slower than the phone is not sped up), 2 decimals. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`benchmarkIndex must be a positive number, got ${benchmarkIndex}`);
  }
  return Math.max(1, Math.round((benchmarkIndex / phoneBenchmarkIndex) * 100) / 100);
}

/**
 * Chromium features that load pages of their own at every launch: headless Chromium still opens the
 * omnibox popups as WebUI pages in a renderer of their own, seconds of script on one busy core that
 * compete with the page and the benchmark (seen in Lighthouse traces as a "WebUI Top Renderer").
 */
export const backgroundChromiumFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/**
 * One --disable-features switch listing the launcher's features and `extra` (Chromium reads only the
 * last --disable-features switch, so a second one would drop the launcher's list).
 */
export function mergeDisabledFeatures(launcherFlags: readonly string[], extra: readonly string[]): string {
  const prefix = '--disable-features=';
  const listed = launcherFlags
    .filter((flag) => flag.startsWith(prefix))
    .flatMap((flag) => flag.slice(prefix.length).split(','))
    .filter((feature) => feature !== '');
  return prefix + [...new Set([...listed, ...extra])].join(',');
}

/** Flags for chrome-launcher (whose own defaults come first). */
export const chromeFlags = [
  mergeDisabledFeatures(chromeLauncher.Launcher.defaultFlags(), backgroundChromiumFeatures),
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

/** Trace categories that carry the main thread's tasks with their thread time (tts/tdur). */
export const taskTraceCategories = ['toplevel', 'disabled-by-default-devtools.timeline'] as const;

export interface HostBenchmark {
  /** Lighthouse's benchmarkIndex: iterations per wall-clock second ÷ 10. */
  readonly wallClockIndex: number;
  /** The same per CPU second of the page's main thread. */
  readonly cpuTimeIndex: number;
  /** The benchmark task's wall-clock and CPU time, ms. */
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** The benchmark's two loops run at least 500 ms of wall-clock time each. */
const benchmarkMinimumWallMs = 1000;

/**
 * Lighthouse's benchmark once in a fresh page of `browser`, traced: its wall-clock index, and the
 * index per CPU second of the thread that ran it (see the header). Undefined when the trace holds no
 * task as long as the benchmark (a renderer that joined the trace late).
 */
async function benchmarkOnce(browser: Browser): Promise<HostBenchmark | undefined> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The page's renderer is up before tracing starts, so the trace includes its thread.
    await page.evaluate(() => 0);
    await browser.startTracing(page, { categories: [...taskTraceCategories] });
    const wallClockIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const task = longestMainThreadTask(trace.traceEvents);
    if (!task || task.wallMs < benchmarkMinimumWallMs) return undefined;
    return {
      wallClockIndex,
      cpuTimeIndex: cpuTimeBenchmarkIndex(wallClockIndex, task),
      wallMs: task.wallMs,
      cpuMs: task.cpuMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * The host's benchmark in `browser`: the reading with the median CPU-time index of three (about a
 * second each), so one reading skewed by a burst of contention does not set the slowdown.
 */
export async function measureHostBenchmark(browser: Browser): Promise<HostBenchmark> {
  const readings: HostBenchmark[] = [];
  for (let attempt = 0; readings.length < 3 && attempt < 6; attempt++) {
    const reading = await benchmarkOnce(browser);
    if (reading) readings.push(reading);
  }
  readings.sort((a, b) => a.cpuTimeIndex - b.cpuTimeIndex);
  const median = readings[Math.floor(readings.length / 2)];
  if (!median) throw new Error('No trace of the benchmark with thread time in six attempts');
  return median;
}

/** `measureHostBenchmark` in the Chromium at `port` (started by chrome-launcher), left running. */
export async function measureHostBenchmarkAt(port: number): Promise<HostBenchmark> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    return await measureHostBenchmark(browser);
  } finally {
    // Disconnects: a browser reached over CDP is not closed by Playwright.
    await browser.close();
  }
}

/** CPU_BENCHMARK_INDEX as a calibration, or undefined when unset. */
export function fixedCalibration(): CpuCalibration | undefined {
  const fixed = process.env.CPU_BENCHMARK_INDEX;
  if (!fixed) return undefined;
  const benchmarkIndex = Number(fixed);
  return { benchmarkIndex, multiplier: cpuSlowdownFor(benchmarkIndex), source: 'CPU_BENCHMARK_INDEX' };
}

/** A calibration from a measured benchmark: the multiplier follows the CPU-time index. */
export function calibrationFrom(benchmark: HostBenchmark): CpuCalibration {
  return {
    benchmarkIndex: benchmark.cpuTimeIndex,
    wallClockIndex: benchmark.wallClockIndex,
    multiplier: cpuSlowdownFor(benchmark.cpuTimeIndex),
    source: 'measured',
  };
}

/** The host's calibration: CPU_BENCHMARK_INDEX when set, otherwise the benchmark in `browser`. */
export async function calibrateCpu(browser: Browser): Promise<CpuCalibration> {
  return fixedCalibration() ?? calibrationFrom(await measureHostBenchmark(browser));
}

export function describeCalibration(c: CpuCalibration): string {
  const wall = c.wallClockIndex === undefined ? '' : `, wall-clock index ${Math.round(c.wallClockIndex)}`;
  return `CPU calibration: CPU-time benchmarkIndex ${Math.round(c.benchmarkIndex)} (${c.source}${wall}) → slowdown ×${c.multiplier.toFixed(2)} (CPU-time index ÷ ${phoneBenchmarkIndex}, at least 1)`;
}
