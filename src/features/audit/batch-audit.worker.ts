// The batch worker: reads and audits a CSV off the main thread (see batch-protocol.ts).
import { createBatchWorker, type FromWorker, type ToWorker } from './batch-protocol';

const handle = createBatchWorker(
  (message: FromWorker) => self.postMessage(message),
  () => performance.now(),
);
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
