// Restating a Chrome trace's renderer main-thread tasks in CPU time, and the benchmark index per CPU
// second, on small hand-made traces (times in µs, as Chrome writes them; expected values by hand).
import { describe, expect, it } from 'vitest';
import {
  cpuTimeBenchmarkIndex,
  cpuTimeMap,
  longestMainThreadTask,
  mainThreadCpuTimeBetween,
  rendererMainThreads,
  rewriteTasksToCpuTime,
  type TraceEvent,
} from './cpu-time-trace';

const threadName = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});

const complete = (
  name: string,
  ts: number,
  dur: number,
  tts: number,
  tdur: number,
  thread: { pid: number; tid: number } = { pid: 1, tid: 1 },
): TraceEvent => ({ name, ph: 'X', ...thread, ts, dur, tts, tdur });

describe('rendererMainThreads', () => {
  it('finds the threads Chrome names CrRendererMain', () => {
    const events = [
      threadName(1, 1, 'CrRendererMain'),
      threadName(1, 7, 'Compositor'),
      threadName(2, 2, 'CrBrowserMain'),
      threadName(3, 3, 'CrRendererMain'),
    ];
    expect([...rendererMainThreads(events)]).toEqual(['1:1', '3:3']);
  });
});

describe('cpuTimeMap', () => {
  // A task of 100 µs wall-clock that ran 40 µs: 10 µs, then a child (wall 20–80, CPU 10–30), then
  // 10 µs more. The thread was off the core between wall 30 and 70 (inside the child).
  const task = { ...complete('RunTask', 1000, 100, 500, 40) } as TraceEvent & {
    dur: number;
    tts: number;
    tdur: number;
  };
  const child = complete('FunctionCall', 1020, 60, 510, 20);

  it('maps the task’s start and end to 0 and its CPU time', () => {
    const toCpu = cpuTimeMap(task, [child]);
    expect(toCpu(0)).toBe(0);
    expect(toCpu(100)).toBe(40);
  });

  it('places a child where the thread’s CPU clock stood when it started and ended', () => {
    const toCpu = cpuTimeMap(task, [child]);
    expect(toCpu(20)).toBe(10);
    expect(toCpu(80)).toBe(30);
  });

  it('interpolates between known points: halfway through the child is 20 µs of CPU', () => {
    const toCpu = cpuTimeMap(task, [child]);
    expect(toCpu(50)).toBe(20);
    // Between the task's start (0, 0) and the child's (20, 10): 10 µs wall → 5 µs CPU.
    expect(toCpu(10)).toBe(5);
  });

  it('never runs backwards nor past the task’s CPU time, whatever the recorded thread times', () => {
    // A child whose recorded thread time starts before the task's and ends after it.
    const odd = complete('Layout', 1010, 20, 490, 80);
    const toCpu = cpuTimeMap(task, [odd]);
    expect(toCpu(10)).toBe(0);
    expect(toCpu(30)).toBe(40);
    expect(toCpu(100)).toBe(40);
    for (let x = 0; x < 100; x += 5) expect(toCpu(x + 5)).toBeGreaterThanOrEqual(toCpu(x));
  });
});

describe('rewriteTasksToCpuTime', () => {
  const trace = (): TraceEvent[] => [
    threadName(1, 1, 'CrRendererMain'),
    threadName(1, 2, 'Compositor'),
    // Task A: 100 µs wall, 40 µs CPU; a child, an instant inside the child, a grandchild.
    complete('RunTask', 1000, 100, 500, 40),
    complete('FunctionCall', 1020, 60, 510, 20),
    { name: 'ResourceSendRequest', ph: 'I', pid: 1, tid: 1, ts: 1050, tts: 520 },
    complete('Layout', 1070, 10, 525, 5),
    // Task B starts after A's wall-clock end and is not preempted.
    complete('RunTask', 1200, 30, 600, 30),
    // Another thread of the same process: untouched.
    complete('RunTask', 1000, 100, 900, 10, { pid: 1, tid: 2 }),
  ];

  it('gives each task its CPU time and keeps its start', () => {
    const events = trace();
    rewriteTasksToCpuTime(events);
    const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === 1);
    expect(tasks.map((e) => [e.ts, e.dur])).toEqual([
      [1000, 40],
      [1200, 30],
    ]);
  });

  it('moves the events inside a task to its CPU clock, so each stays inside its parent', () => {
    const events = trace();
    rewriteTasksToCpuTime(events);
    const byName = (name: string) => events.find((e) => e.name === name && e.tid === 1);
    // FunctionCall: CPU 510–530 of a task starting at CPU 500 → 1010, length 20.
    expect([byName('FunctionCall')?.ts, byName('FunctionCall')?.dur]).toEqual([1010, 20]);
    // Layout: CPU 525–530 → 1025, length 5 (inside FunctionCall's 1010–1030).
    expect([byName('Layout')?.ts, byName('Layout')?.dur]).toEqual([1025, 5]);
    // The instant halfway through FunctionCall's wall-clock time (1050 of 1020–1080) lands at the
    // CPU clock there: between (1020, 10) and (1070, 25), 30/50 of the way → 19 µs → 1019.
    expect(byName('ResourceSendRequest')?.ts).toBe(1019);
  });

  it('reports the tasks it rewrote, in wall-clock and CPU time', () => {
    expect(rewriteTasksToCpuTime(trace())).toEqual({
      tasks: 2,
      tasksWithoutThreadTime: 0,
      wallMs: 0.13,
      cpuMs: 0.07,
    });
  });

  it('leaves other threads alone', () => {
    const events = trace();
    rewriteTasksToCpuTime(events);
    const other = events.find((e) => e.name === 'RunTask' && e.tid === 2);
    expect([other?.ts, other?.dur]).toEqual([1000, 100]);
  });

  it('leaves a task without thread time, and what is inside it, as they were', () => {
    const events: TraceEvent[] = [
      threadName(1, 1, 'CrRendererMain'),
      { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 1000, dur: 100 },
      complete('FunctionCall', 1020, 60, 510, 20),
    ];
    expect(rewriteTasksToCpuTime(events)).toMatchObject({ tasks: 0, tasksWithoutThreadTime: 1 });
    expect(events.slice(1).map((e) => [e.ts, e.dur])).toEqual([
      [1000, 100],
      [1020, 60],
    ]);
  });

  it('changes nothing when the thread ran the whole time (an idle host)', () => {
    const events: TraceEvent[] = [
      threadName(1, 1, 'CrRendererMain'),
      complete('RunTask', 1000, 100, 500, 100),
      complete('FunctionCall', 1020, 60, 520, 60),
    ];
    rewriteTasksToCpuTime(events);
    expect(events.slice(1).map((e) => [e.ts, e.dur])).toEqual([
      [1000, 100],
      [1020, 60],
    ]);
  });
});

describe('the benchmark in CPU time', () => {
  it('takes the longest scheduled task of a renderer main thread', () => {
    const events = [
      threadName(1, 1, 'CrRendererMain'),
      threadName(2, 2, 'CrBrowserMain'),
      complete('RunTask', 0, 5_000, 0, 5_000),
      complete('RunTask', 10_000, 1_000_000, 5_000, 400_000),
      complete('v8.callFunction', 10_000, 1_000_000, 5_000, 400_000),
      complete('RunTask', 0, 2_000_000, 0, 2_000_000, { pid: 2, tid: 2 }),
    ];
    expect(longestMainThreadTask(events)).toEqual({ wallMs: 1000, cpuMs: 400 });
  });

  it('has no answer without a main-thread task with thread time', () => {
    expect(longestMainThreadTask([threadName(1, 1, 'CrRendererMain')])).toBeUndefined();
  });

  it('restates the index per CPU second: 1,500 per wall second while running 40% of it is 3,750', () => {
    expect(cpuTimeBenchmarkIndex(1500, { wallMs: 1000, cpuMs: 400 })).toBe(3750);
    expect(cpuTimeBenchmarkIndex(3600, { wallMs: 1000, cpuMs: 1000 })).toBe(3600);
  });
});

describe('mainThreadCpuTimeBetween', () => {
  const meta = { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } };
  const task = (ts: number, dur: number, tdur: number, tid = 2) => ({
    name: 'RunTask',
    ph: 'X',
    pid: 1,
    tid,
    ts,
    dur,
    tts: ts,
    tdur,
  });

  it('adds the thread time of the tasks inside the window', () => {
    // Two tasks of 1,000 µs wall-clock that ran 400 µs and 600 µs of CPU: 1,000 µs in all.
    expect(mainThreadCpuTimeBetween([meta, task(100, 1000, 400), task(2000, 1000, 600)], 0, 5000)).toBe(1000);
  });

  it('counts a task cut by the window in proportion, and ignores other threads and tasks outside', () => {
    // Half of a 1,000 µs task (800 µs CPU) lies in the window: 400 µs. The other thread's task and
    // the task after the window do not count.
    const events = [meta, task(0, 1000, 800), task(100, 1000, 1000, 9), task(6000, 500, 500)];
    expect(mainThreadCpuTimeBetween(events, 500, 5000)).toBe(400);
  });
});
