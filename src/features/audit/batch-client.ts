// The page's side of the batch worker: start an audit, follow its progress, ask for a page of rows,
// the totals or the findings CSV, cancel. Where module workers are missing (jsdom in component
// tests) the same handler runs on the page, one chunk per task.
import type { BatchLimits } from './audit-csv';
import type { FromWorker, Progress, ToWorker } from './batch-protocol';
import type { BatchCounts, BatchRevenueResult, PageQuery, PageResult } from './batch-types';

export type SessionEvents = {
  onProgress: (progress: Progress, counts: BatchCounts) => void;
  onDone: (progress: Progress, counts: BatchCounts, ms: number) => void;
  onError: (message: string) => void;
};

export type BatchSession = {
  page: (query: PageQuery) => Promise<PageResult>;
  revenue: (limits: BatchLimits) => Promise<BatchRevenueResult>;
  findingsCsv: (limits: BatchLimits) => Promise<Blob>;
  /** Stops the worker and frees its rows; pending requests never settle. */
  close: () => void;
};

type Port = { send: (m: ToWorker) => void; close: () => void };

function workerPort(receive: (m: FromWorker) => void): Port {
  const worker = new Worker(new URL('./batch-audit.worker.ts', import.meta.url), {
    type: 'module',
    name: 'batch-audit',
  });
  worker.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
  worker.onerror = () =>
    receive({ type: 'error', message: 'The audit stopped unexpectedly. Reload the page and try again.' });
  return { send: (m) => worker.postMessage(m), close: () => worker.terminate() };
}

function inlinePort(receive: (m: FromWorker) => void): Port {
  let closed = false;
  const handle = import('./batch-protocol').then(({ createBatchWorker }) =>
    createBatchWorker(
      (m) => {
        if (!closed) setTimeout(() => !closed && receive(m), 0);
      },
      () => performance.now(),
    ),
  );
  return {
    send: (m) => {
      void handle.then((h) => {
        if (!closed) h(m);
      });
    },
    close: () => {
      closed = true;
    },
  };
}

/** `auditDate` is the page's date ("YYYY-MM-DD"): a date of service after it is implausible. */
export function startBatchAudit(file: Blob, auditDate: string, events: SessionEvents): BatchSession {
  let nextId = 1;
  const pending = new Map<number, (m: FromWorker) => void>();
  const receive = (m: FromWorker) => {
    if (m.type === 'progress') events.onProgress(m.progress, m.counts);
    else if (m.type === 'done') events.onDone(m.progress, m.counts, m.ms);
    else if (m.type === 'error') events.onError(m.message);
    else {
      const resolve = pending.get(m.id);
      pending.delete(m.id);
      resolve?.(m);
    }
  };
  const port = typeof Worker === 'function' ? workerPort(receive) : inlinePort(receive);
  port.send({ type: 'start', file, auditDate });

  const ask = <T>(make: (id: number) => ToWorker, pick: (m: FromWorker) => T) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, (m) => resolve(pick(m)));
      port.send(make(id));
    });

  return {
    page: (query) =>
      ask(
        (id) => ({ type: 'page', id, query }),
        (m) => (m as Extract<FromWorker, { type: 'page' }>).result,
      ),
    revenue: (limits) =>
      ask(
        (id) => ({ type: 'revenue', id, limits }),
        (m) => (m as Extract<FromWorker, { type: 'revenue' }>).result,
      ),
    findingsCsv: (limits) =>
      ask(
        (id) => ({ type: 'csv', id, limits }),
        (m) => (m as Extract<FromWorker, { type: 'csv' }>).blob,
      ),
    close: () => {
      pending.clear();
      port.close();
    },
  };
}
