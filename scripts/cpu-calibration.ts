// The CPU calibration shared by `npm run lighthouse` and `npm run bench -- keystroke`: one
// emulated phone on every host. Lighthouse slows the CPU by 4× whatever the host; its docs
// (docs/throttling.md, "Calibrating the CPU slowdown") say to derive the multiplier from the
// `benchmarkIndex` it reports instead. Here: multiplier = benchmarkIndex ÷ 440, never below 1 — a
// host four times a mid-tier phone (Moto G4 class, index 125–800 in those docs) is slowed by 4.
// Also owns the Chromium flags both use: Chromium's own background pages are switched off, so on a
// busy or single-core host the page is not measured against them.
//
// Options (environment): CPU_BENCHMARK_INDEX uses that index instead of measuring it (to compare
// hosts at one multiplier, or rerun with the figure a previous run printed).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The benchmarkIndex of the emulated phone: a host at this index runs unthrottled. */
export const phoneBenchmarkIndex = 440;

export interface CpuCalibration {
  /** Lighthouse's measure of this host's speed (higher is faster). */
  readonly benchmarkIndex: number;
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

/**
 * One Lighthouse run of a single cheap audit, for the host's benchmarkIndex (Lighthouse measures it
 * in the page before any throttling applies, so the index is the host's, not the emulated phone's).
 */
export async function measureBenchmarkIndex(url: string, chromePath: string): Promise<number> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyAudits: ['viewport'],
    });
    const index = result?.lhr.environment.benchmarkIndex;
    if (typeof index !== 'number') throw new Error('Lighthouse reported no benchmarkIndex');
    return index;
  } finally {
    chrome.kill();
  }
}

/** The host's calibration: CPU_BENCHMARK_INDEX when set, otherwise one Lighthouse run against `url`. */
export async function calibrateCpu(url: string, chromePath: string): Promise<CpuCalibration> {
  const fixed = process.env.CPU_BENCHMARK_INDEX;
  if (fixed) {
    const benchmarkIndex = Number(fixed);
    return { benchmarkIndex, multiplier: cpuSlowdownFor(benchmarkIndex), source: 'CPU_BENCHMARK_INDEX' };
  }
  const benchmarkIndex = await measureBenchmarkIndex(url, chromePath);
  return { benchmarkIndex, multiplier: cpuSlowdownFor(benchmarkIndex), source: 'measured' };
}

export function describeCalibration(c: CpuCalibration): string {
  return `CPU calibration: benchmarkIndex ${Math.round(c.benchmarkIndex)} (${c.source}) → slowdown ×${c.multiplier.toFixed(2)} (index ÷ ${phoneBenchmarkIndex}, at least 1)`;
}
