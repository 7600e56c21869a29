// Chrome traces in CPU time: the pure helpers behind the contention-proof CPU calibration of
// `npm run lighthouse` and the keystroke bench (scripts/cpu-calibration.ts).
//
// Lighthouse's simulation (Lantern) costs each task of the page's main thread by its wall-clock
// length in the unthrottled trace (`dur`, times the CPU slowdown). On a busy or single-core host the
// main thread is preempted inside its tasks, so `dur` grows with whatever else runs on the host, not
// with the page's work. Chrome's trace also records, for each complete ('X') event on Linux, the CPU
// time the thread itself spent in it (`tts` thread-clock start, `tdur` thread-clock length). Here every
// task of a renderer main thread is set to that CPU time: the task keeps its start (`ts`) and gets
// `dur = tdur`; every event inside it is moved to where the thread's CPU clock stood at that moment,
// so children stay inside their parents in the same order (see `cpuTimeMap`).
//
// The same measure is taken of the host: `benchmarkCpuRatio` reads, from a trace of Lighthouse's
// benchmark, how much of its wall-clock time the thread actually ran, so the benchmarkIndex (loop
// iterations per wall-clock second) can be restated per CPU second.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  args?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The task names Lantern schedules (trace_engine lantern/graph/PageDependencyGraph.js). */
const scheduledTaskNames = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ThreadControllerImpl::DoWork',
  'TaskQueueManager::ProcessTaskFromWorkQueue',
]);

/** `pid:tid` of every renderer main thread (thread_name metadata "CrRendererMain"). */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      threads.add(`${e.pid}:${e.tid}`);
    }
  }
  return threads;
}

const hasThreadTime = (e: TraceEvent): e is TraceEvent & { tts: number; tdur: number } =>
  typeof e.tts === 'number' && typeof e.tdur === 'number';

/**
 * The thread's CPU time since the start of `task` at each wall-clock offset inside it, in µs: a
 * non-decreasing piecewise-linear map through the (wall, CPU) start and end points of the task and of
 * every complete event inside it that carries thread time. Being monotone, it keeps every event
 * within its parent and in its order; it maps the task's end to its `tdur`.
 */
export function cpuTimeMap(
  task: TraceEvent & { dur: number; tts: number; tdur: number },
  inside: readonly TraceEvent[],
): (wallOffset: number) => number {
  const points: [number, number][] = [
    [0, 0],
    [task.dur, task.tdur],
  ];
  for (const e of inside) {
    if (e.ph !== 'X' || !hasThreadTime(e)) continue;
    points.push([e.ts - task.ts, e.tts - task.tts]);
    points.push([e.ts + (e.dur ?? 0) - task.ts, e.tts + e.tdur - task.tts]);
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const knots: [number, number][] = [];
  let cpu = 0;
  for (const [wall, cpuAt] of points) {
    // The thread's clock never runs back, and never past the task's own CPU time.
    cpu = clamp(Math.max(cpu, cpuAt), 0, task.tdur);
    knots.push([clamp(wall, 0, task.dur), cpu]);
  }
  return (wallOffset) => {
    const x = clamp(wallOffset, 0, task.dur);
    // The last knot at or before x (the highest CPU time among knots at the same wall offset).
    let lo = 0;
    let hi = knots.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((knots[mid]?.[0] ?? Number.POSITIVE_INFINITY) <= x) lo = mid;
      else hi = mid - 1;
    }
    const i = lo;
    const [x0, y0] = knots[i] ?? [0, 0];
    const next = knots[i + 1];
    if (!next || next[0] === x0) return y0;
    return y0 + ((next[1] - y0) * (x - x0)) / (next[0] - x0);
  };
}

export interface CpuTimeRewrite {
  /** Tasks set to their CPU time. */
  readonly tasks: number;
  /** Tasks left as they were: no thread time recorded for them. */
  readonly tasksWithoutThreadTime: number;
  /** Sum of the rewritten tasks' wall-clock durations, ms. */
  readonly wallMs: number;
  /** Sum of the same tasks' CPU time, ms. */
  readonly cpuMs: number;
}

/**
 * Sets the tasks of every renderer main thread in `events` to their CPU time, in place (see the
 * header). A task is a complete event that no earlier complete event of its thread encloses; the
 * events that start inside it (any phase, instants and flows included) move with its CPU clock.
 * Tasks without thread time, and everything on other threads, are left alone.
 */
export function rewriteTasksToCpuTime(events: TraceEvent[]): CpuTimeRewrite {
  const threads = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'M' || !threads.has(key)) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  let tasks = 0;
  let tasksWithoutThreadTime = 0;
  let wallUs = 0;
  let cpuUs = 0;
  for (const list of byThread.values()) {
    // Parents before their children: by start, the longer first.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let i = 0;
    while (i < list.length) {
      const task = list[i] as TraceEvent;
      i++;
      if (task.ph !== 'X' || !(typeof task.dur === 'number' && task.dur > 0)) continue;
      const end = task.ts + task.dur;
      const start = i;
      while (i < list.length && (list[i] as TraceEvent).ts < end) i++;
      const inside = list.slice(start, i);
      if (!hasThreadTime(task)) {
        tasksWithoutThreadTime++;
        continue;
      }
      const toCpu = cpuTimeMap({ ...task, dur: task.dur }, inside);
      for (const e of inside) {
        const newStart = task.ts + toCpu(e.ts - task.ts);
        if (typeof e.dur === 'number') {
          e.dur = task.ts + toCpu(e.ts + e.dur - task.ts) - newStart;
        }
        e.ts = newStart;
      }
      wallUs += task.dur;
      cpuUs += task.tdur;
      task.dur = task.tdur;
      tasks++;
    }
  }
  return { tasks, tasksWithoutThreadTime, wallMs: wallUs / 1000, cpuMs: cpuUs / 1000 };
}

/**
 * The longest scheduled task on a renderer main thread, with its wall-clock and CPU time (ms): in a
 * trace of one page evaluating Lighthouse's benchmark, that task is the benchmark.
 */
export function longestMainThreadTask(
  events: readonly TraceEvent[],
): { readonly wallMs: number; readonly cpuMs: number } | undefined {
  const threads = rendererMainThreads(events);
  let best: (TraceEvent & { tts: number; tdur: number }) | undefined;
  for (const e of events) {
    if (e.ph !== 'X' || !scheduledTaskNames.has(e.name) || !threads.has(`${e.pid}:${e.tid}`)) continue;
    if (!hasThreadTime(e) || typeof e.dur !== 'number') continue;
    if (!best || e.dur > (best.dur ?? 0)) best = e;
  }
  return best && best.tdur > 0 ? { wallMs: (best.dur ?? 0) / 1000, cpuMs: best.tdur / 1000 } : undefined;
}

/**
 * The benchmarkIndex per CPU second: the index counts loop iterations per wall-clock second, and the
 * thread ran `cpuMs` of the benchmark's `wallMs`, so per second of its own CPU time it did
 * wallMs ÷ cpuMs times as many.
 */
export function cpuTimeBenchmarkIndex(
  wallClockIndex: number,
  task: { wallMs: number; cpuMs: number },
): number {
  return (wallClockIndex * task.wallMs) / task.cpuMs;
}

/**
 * CPU time (µs) the renderer main threads spent in [startTs, endTs]: every top-level task that
 * overlaps the window counts its thread time (`tdur`) in proportion to the part of its wall-clock
 * length inside the window. Tasks without thread time count their wall-clock overlap.
 */
export function mainThreadCpuTimeBetween(
  events: readonly TraceEvent[],
  startTs: number,
  endTs: number,
): number {
  const threads = rendererMainThreads(events);
  let cpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !scheduledTaskNames.has(e.name) || !threads.has(`${e.pid}:${e.tid}`)) continue;
    const dur = e.dur ?? 0;
    const overlap = Math.min(e.ts + dur, endTs) - Math.max(e.ts, startTs);
    if (overlap <= 0 || dur <= 0) continue;
    cpu += (hasThreadTime(e) ? e.tdur : dur) * (overlap / dur);
  }
  return cpu;
}
