// Streams a CSV file through papaparse a chunk at a time, so a 200,000-row file is never one string
// in memory: the bytes are decoded with TextDecoder in stream mode and the text handed to papaparse
// through its stream input. (papaparse's own File reader decodes each byte slice on its own, which
// breaks a UTF-8 character such as "×" that straddles two slices.)
import Papa from 'papaparse';
import type { AuditOptions } from '../../domain';
import { type BatchRow, createRowReader, emptyFileError } from './audit-csv';

export type StreamProgress = { rowsDone: number; bytesDone: number; bytesTotal: number };

export type StreamHandlers = {
  onRow: (row: BatchRow) => void;
  /** Called between chunks (and so at least once per chunk of the file). */
  onChunk?: (progress: StreamProgress) => void;
  /** True to stop reading. */
  cancelled?: () => boolean;
};

export type StreamResult = { ok: true; rows: number } | { ok: false; error: string };

type Listener = (arg?: unknown) => void;

/** The minimal readable-stream shape papaparse streams from (on/removeListener/pause/resume). */
function textEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    readable: true as const,
    read() {},
    pause() {},
    resume() {},
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
    removeListener(event: string, fn: Listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((f) => f !== fn),
      );
    },
    emit(event: string, arg?: unknown) {
      for (const fn of listeners.get(event) ?? []) fn(arg);
    },
  };
}

async function* decodedChunks(file: Blob): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder('utf-8');
  if (typeof file.stream !== 'function') {
    // Environments without Blob streams (jsdom in tests): the whole text as one chunk.
    const buffer = await file.arrayBuffer();
    yield { text: decoder.decode(buffer), bytes: buffer.byteLength };
    return;
  }
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield { text: decoder.decode(value, { stream: true }), bytes: value.byteLength };
  }
  const tail = decoder.decode();
  if (tail !== '') yield { text: tail, bytes: 0 };
}

/**
 * Reads and audits every row of a CSV file, handing each audited row to `onRow` as it is read.
 * The byte-order mark is dropped by the decoder.
 */
export async function auditCsvStream(
  file: Blob,
  options: AuditOptions,
  handlers: StreamHandlers,
): Promise<StreamResult> {
  const read = createRowReader(options);
  const source = textEmitter();
  let fileError: string | undefined;
  let sawHeader = false;
  let rows = 0;
  let stopped = false;
  Papa.parse<string[]>(source as never, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (stopped) return;
      const outcome = read(result.data, result.errors);
      if (outcome.kind === 'header') sawHeader = true;
      else if (outcome.kind === 'row') {
        rows += 1;
        handlers.onRow(outcome.row);
      } else if (outcome.kind === 'file-error') {
        fileError = outcome.error;
        stopped = true;
        parser.abort();
      }
    },
  });
  let bytesDone = 0;
  for await (const chunk of decodedChunks(file)) {
    if (stopped || handlers.cancelled?.()) break;
    bytesDone += chunk.bytes;
    if (chunk.text !== '') source.emit('data', chunk.text);
    handlers.onChunk?.({ rowsDone: rows, bytesDone, bytesTotal: file.size });
  }
  if (!stopped && !handlers.cancelled?.()) source.emit('end');
  if (fileError) return { ok: false, error: fileError };
  if (!sawHeader) return { ok: false, error: emptyFileError };
  return { ok: true, rows };
}
