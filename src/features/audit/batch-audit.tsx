// Batch audit: pick or drop a CSV (or paste one, or load the sample). A worker streams the file and
// audits every row while the page shows rows done against the estimated total, with Cancel; then a
// filtered, paged table, the Medicare totals and the findings download. Nothing leaves the browser.
import {
  type DragEvent,
  startTransition,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { BatchPaymentLimit } from './audit-csv';
import { type BatchSession, startBatchAudit } from './batch-client';
import type { Progress } from './batch-protocol';
import { BatchRevenue } from './batch-revenue';
import { BatchTable } from './batch-table';
import type { BatchCounts } from './batch-types';
import { CsvFormat } from './csv-format';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: ProgressStore }
  | { kind: 'cancelled'; name: string; rowsDone: number }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'done'; run: number; name: string; session: BatchSession; counts: BatchCounts; ms: number };

const n = (value: number) => value.toLocaleString('en-US');

/** The latest progress, held outside React state so a progress message re-renders only the bar. */
function progressStore() {
  let current: Progress | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: Progress) {
      current = next;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
type ProgressStore = ReturnType<typeof progressStore>;

function summary(counts: BatchCounts): string {
  return `${n(counts.rows)} row${counts.rows === 1 ? '' : 's'}: ${n(counts.status.clean)} clean, ${n(counts.status.findings)} with findings, ${n(counts.status.malformed)} malformed.`;
}

function ReadingProgress({
  name,
  store,
  onCancel,
}: {
  name: string;
  store: ProgressStore;
  onCancel: () => void;
}) {
  const id = useId();
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const rows = progress?.rowsDone ?? 0;
  return (
    <div className="audit-progress" aria-live="off">
      <p id={`${id}-label`}>
        Reading and auditing {name}: {n(rows)} rows done
        {progress && progress.rowsEstimated > 0
          ? ` of about ${n(progress.rowsEstimated)} (estimated from the file size until the end)`
          : ''}
        .
      </p>
      <progress
        aria-labelledby={`${id}-label`}
        max={progress?.bytesTotal || 1}
        value={progress?.bytesDone ?? 0}
      />
      <button type="button" className="audit-button audit-button--secondary" onClick={onCancel}>
        Cancel the audit
      </button>
    </div>
  );
}

/** `today` gives the audit date, read once per file and handed to the worker. */
type BatchAuditProps = { today: () => string };

export function BatchAudit({ today }: BatchAuditProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // One payment limit per quarter; not patient data, and not stored.
  const [limits, setLimits] = useState<BatchPaymentLimit[]>([{ quarter: '', limit: '' }]);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const session = useRef<BatchSession | undefined>(undefined);
  const runs = useRef(0);
  // Bumped by Cancel and by each new audit, so a file still being fetched (the sample) is dropped.
  const reads = useRef(0);
  const id = useId();
  // Progress re-renders this view ten times a second; the column reference need not follow.
  const format = useMemo(() => <CsvFormat />, []);

  useEffect(() => () => session.current?.close(), []);

  const auditBlob = (name: string, file: Blob) => {
    reads.current += 1;
    session.current?.close();
    const progress = progressStore();
    setState({ kind: 'reading', name, progress });
    const run = ++runs.current;
    const s = startBatchAudit(file, today(), {
      onProgress: (p) => {
        if (session.current === s) progress.set(p);
      },
      onDone: (_progress, counts, ms) => {
        // The results view is rendered in slices, so building it never stalls the page.
        if (session.current === s)
          startTransition(() => setState({ kind: 'done', run, name, session: s, counts, ms }));
      },
      onError: (message) => {
        if (session.current !== s) return;
        s.close();
        session.current = undefined;
        setState({ kind: 'error', name, message });
      },
    });
    session.current = s;
  };

  const cancel = () => {
    reads.current += 1;
    session.current?.close();
    session.current = undefined;
    setState((st) =>
      st.kind === 'reading'
        ? { kind: 'cancelled', name: st.name, rowsDone: st.progress.get()?.rowsDone ?? 0 }
        : st,
    );
  };

  const auditText = async (name: string, read: () => Promise<Blob>) => {
    setState({ kind: 'reading', name, progress: progressStore() });
    const attempt = ++reads.current;
    try {
      const blob = await read();
      if (attempt === reads.current) auditBlob(name, blob);
    } catch {
      setState({ kind: 'error', name, message: 'The file could not be read. Is it a CSV text file?' });
    }
  };

  const onFile = (file: File | undefined) => {
    if (file) auditBlob(file.name, file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    onFile(event.dataTransfer.files[0]);
  };

  const loadSample = () =>
    void auditText('audit-sample.csv', async () => {
      const response = await fetch('./audit-sample.csv');
      if (!response.ok) throw new Error('sample missing');
      return response.blob();
    });

  const download = async () => {
    if (state.kind !== 'done') return;
    const blob = await state.session.findingsCsv(limits);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${/\.csv$/i.test(state.name) ? state.name.replace(/\.csv$/i, '') : 'pasted-claims'}-findings.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="audit-batch-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Audit a CSV of claims</h3>
      <p>
        Each row is one claim: its documentation and billed lines. The file is read and audited in this
        browser; nothing is uploaded.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; keyboard and screen-reader users use the file input inside it */}
      <div
        className={`audit-drop${dragging ? ' audit-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="audit-drop__label">
          Choose a CSV file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          className="audit-drop__input"
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="audit-drop__hint">or drop it here.</p>
        <div className="audit-drop__actions">
          <button type="button" className="audit-button audit-button--secondary" onClick={loadSample}>
            Audit the sample file
          </button>
          <a className="audit-link" href="./audit-sample.csv" download>
            Download the sample file
          </a>
        </div>
      </div>
      <div className="audit-field audit-paste">
        <label htmlFor={`${id}-paste`}>Or paste CSV text, header row first</label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          className="audit-button audit-button--secondary"
          disabled={pasted.trim() === ''}
          onClick={() => auditBlob('Pasted text', new Blob([pasted], { type: 'text/csv' }))}
        >
          Audit the pasted text
        </button>
      </div>
      {format}

      <div aria-live="polite" className="audit-batch-output">
        {state.kind === 'reading' ? (
          <ReadingProgress name={state.name} store={state.progress} onCancel={cancel} />
        ) : null}
        {state.kind === 'cancelled' ? (
          <p role="status">
            The audit of {state.name} was cancelled after {n(state.rowsDone)} rows; nothing from it is shown
            or kept. Audit the file again to see its results.
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <p role="alert" className="audit-errors">
            {state.name}: {state.message}
          </p>
        ) : null}
        {state.kind === 'done' ? (
          <>
            <p role="status" className="audit-batch-summary">
              {state.name}: {summary(state.counts)} Audited in {n(Math.max(1, Math.round(state.ms)))} ms.
            </p>
            <button
              type="button"
              className="audit-button audit-button--primary"
              onClick={() => void download()}
            >
              Download findings (CSV)
            </button>
            <BatchRevenue source={state.session} limits={limits} onLimitsChange={setLimits} />
            <BatchTable key={state.run} source={state.session} counts={state.counts} />
          </>
        ) : null}
      </div>
    </section>
  );
}
