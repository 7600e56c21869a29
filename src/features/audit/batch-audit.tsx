// Batch audit: pick or drop a CSV (or load the sample), audit every row in the browser, sort the
// rows, download the findings. papaparse and the batch code load only when a file is read.
import { type DragEvent, useId, useState } from 'react';
import type { BatchRow } from './audit-csv';
import { BatchRevenue } from './batch-revenue';
import { BatchTable } from './batch-table';
import { CsvFormat } from './csv-format';
import type { PaymentLimit } from './payment-limit-fields';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'done'; name: string; rows: BatchRow[]; ms: number };

function summary(rows: readonly BatchRow[]): string {
  const count = (s: BatchRow['status']) => rows.filter((r) => r.status === s).length;
  return `${rows.length} row${rows.length === 1 ? '' : 's'}: ${count('clean')} clean, ${count('findings')} with findings, ${count('malformed')} malformed.`;
}

type BatchAuditProps = { paymentLimit: PaymentLimit; onPaymentLimitChange: (value: PaymentLimit) => void };

export function BatchAudit({ paymentLimit, onPaymentLimitChange }: BatchAuditProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = useId();

  const auditText = async (name: string, read: () => Promise<string>) => {
    setState({ kind: 'reading', name });
    try {
      const [text, csv] = await Promise.all([read(), import('./audit-csv')]);
      const start = performance.now();
      const result = csv.auditCsvText(text);
      const ms = performance.now() - start;
      if (result.ok) setState({ kind: 'done', name, rows: result.rows, ms });
      else setState({ kind: 'error', name, message: result.error });
    } catch {
      setState({ kind: 'error', name, message: 'The file could not be read. Is it a CSV text file?' });
    }
  };

  const onFile = (file: File | undefined) => {
    if (file) void auditText(file.name, () => file.text());
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
      return response.text();
    });

  const download = async () => {
    if (state.kind !== 'done') return;
    const { findingsCsv } = await import('./audit-csv');
    const blob = new Blob([findingsCsv(state.rows)], { type: 'text/csv;charset=utf-8' });
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
          onClick={() => void auditText('Pasted text', async () => pasted)}
        >
          Audit the pasted text
        </button>
      </div>
      <CsvFormat />

      <div aria-live="polite" className="audit-batch-output">
        {state.kind === 'reading' ? <p role="status">Reading {state.name}…</p> : null}
        {state.kind === 'error' ? (
          <p role="alert" className="audit-errors">
            {state.name}: {state.message}
          </p>
        ) : null}
        {state.kind === 'done' ? (
          <>
            <p role="status" className="audit-batch-summary">
              {state.name}: {summary(state.rows)} Audited in {Math.max(1, Math.round(state.ms))} ms.
            </p>
            <button
              type="button"
              className="audit-button audit-button--primary"
              onClick={() => void download()}
            >
              Download findings (CSV)
            </button>
            <BatchRevenue
              rows={state.rows}
              paymentLimit={paymentLimit}
              onPaymentLimitChange={onPaymentLimitChange}
            />
            <BatchTable key={state.name + state.rows.length} rows={state.rows} />
          </>
        ) : null}
      </div>
    </section>
  );
}
