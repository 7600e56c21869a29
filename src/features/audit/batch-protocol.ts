// Messages between the batch page and the batch worker, and the worker's side of them. The page
// sends the file; the worker streams it, audits each row, keeps the rows, and posts progress with
// the counts in small messages (never the 200,000 rows), then answers page, total and CSV requests.
import type { BatchLimits } from './audit-csv';
import { auditCsvStream } from './audit-stream';
import { batchFindings } from './batch-checks';
import { createBatchStore } from './batch-store';
import type { BatchCounts, BatchRevenueResult, PageQuery, PageResult } from './batch-types';

export type ToWorker =
  /** `auditDate` ("YYYY-MM-DD") comes from the page: the worker reads no calendar clock. */
  | { type: 'start'; file: Blob; auditDate: string }
  | { type: 'page'; id: number; query: PageQuery }
  | { type: 'revenue'; id: number; limits: BatchLimits }
  | { type: 'csv'; id: number; limits: BatchLimits };

export type Progress = {
  rowsDone: number;
  bytesDone: number;
  bytesTotal: number;
  /** Rows in the whole file, estimated from the bytes read so far (exact once done). */
  rowsEstimated: number;
};

export type FromWorker =
  | { type: 'progress'; progress: Progress; counts: BatchCounts }
  | { type: 'done'; progress: Progress; counts: BatchCounts; ms: number }
  | { type: 'error'; message: string }
  | { type: 'page'; id: number; result: PageResult }
  | { type: 'revenue'; id: number; result: BatchRevenueResult }
  | { type: 'csv'; id: number; blob: Blob };

/** Progress is posted at most this often, so the page handles a small message four times a second. */
const progressEveryMs = 250;

/** The worker's message handler; `post` sends a message back, `now` is a monotonic millisecond clock. */
export function createBatchWorker(post: (message: FromWorker) => void, now: () => number) {
  const store = createBatchStore();

  const start = async (file: Blob, auditDate: string) => {
    const t0 = now();
    let last = t0;
    let rowsEstimated = 0;
    const progress = (bytesDone: number): Progress => ({
      rowsDone: store.size(),
      bytesDone,
      bytesTotal: file.size,
      rowsEstimated: Math.max(store.size(), rowsEstimated),
    });
    try {
      const result = await auditCsvStream(
        file,
        { auditDate },
        {
          onRow: (row) => store.add(row),
          onChunk: (p) => {
            if (p.bytesDone > 0 && p.rowsDone > 0)
              rowsEstimated = Math.round((p.rowsDone * p.bytesTotal) / p.bytesDone);
            const t = now();
            if (t - last >= progressEveryMs) {
              last = t;
              post({ type: 'progress', progress: progress(p.bytesDone), counts: store.counts() });
            }
          },
        },
      );
      if (!result.ok) {
        post({ type: 'error', message: result.error });
        return;
      }
      store.addBatchFindings(batchFindings(store.rows()));
      rowsEstimated = store.size();
      post({ type: 'done', progress: progress(file.size), counts: store.counts(), ms: now() - t0 });
    } catch {
      post({ type: 'error', message: 'The file could not be read. Is it a CSV text file?' });
    }
  };

  return (message: ToWorker) => {
    switch (message.type) {
      case 'start':
        void start(message.file, message.auditDate);
        return;
      case 'page':
        post({ type: 'page', id: message.id, result: store.page(message.query) });
        return;
      case 'revenue':
        post({ type: 'revenue', id: message.id, result: store.revenue(message.limits) });
        return;
      case 'csv':
        post({ type: 'csv', id: message.id, blob: store.findingsCsv(message.limits) });
        return;
      default:
        return message satisfies never;
    }
  };
}
