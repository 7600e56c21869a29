// Every string a user reads — the domain's sources and messages, the note, the worksheet, the
// findings CSV, the reference data — names documents, never a repository path, a file name, an
// internal check code or an HTTP status; the note and the worksheet also keep numbers to at most
// 4 decimals ("show the work" on screen keeps exact values, so it is checked for the rest only).
import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  auditClaim,
  auditSources,
  type CalculationInput,
  calculate,
  checkTiming,
  claimSources,
  confusedCodes,
  sources,
  timingSources,
} from '../domain';
import { auditCsvText, findingsCsv, findingsCsvColumns } from '../features/audit/audit-csv';
import { renderDosingPage } from '../features/dosing/testing/render-dosing-page';
import { type Problem, userVisibleProblems } from '../testing/user-visible';

const withoutPrecision = (text: string) => userVisibleProblems(text).filter((p) => p.kind !== 'precision');

/** Each offending string with its problems, so a failure names the text to fix. */
function offenders(
  texts: readonly string[],
  check = userVisibleProblems,
): { text: string; problems: Problem[] }[] {
  return texts.map((text) => ({ text, problems: check(text) })).filter((o) => o.problems.length > 0);
}

const base: CalculationInput = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  doseMgPerM2: 40,
};
// Inputs that raise every check calculate() has, and some that fail validation.
const inputs: unknown[] = [
  base,
  { ...base, labs: { anc: 900, platelets: 50_000 } },
  { ...base, labs: { astXUln: 3, altXUln: 3, bilirubinXUln: 2 } },
  { ...base, labs: { astXUln: 11, bilirubinXUln: 3.5 } },
  { ...base, regimen: 'with-capecitabine', labs: { astXUln: 3, bilirubinXUln: 1.2 } },
  { ...base, doseMgPerM2: 45 },
  { ...base, strongCyp3a4Inhibitor: true, strongCyp3a4Inducer: true },
  { ...base, height: { value: 66.93, unit: 'in' }, weight: { value: 154.32, unit: 'lb' } },
  { ...base, height: { value: 200, unit: 'cm' }, weight: { value: 20, unit: 'kg' } },
  { ...base, height: { value: 200, unit: 'cm' }, weight: { value: 140, unit: 'kg' } },
  { ...base, previousWeight: { value: 85, unit: 'kg' }, policy: { vialRoundingPercent: 10 } },
  { ...base, doseMgPerM2: 10, infusionMinutes: 200, orderedInfusionMinutes: 200 },
  { ...base, height: { value: 1700, unit: 'cm' }, doseMgPerM2: -1, labs: { anc: -5 } },
  { height: 'x', weight: null },
];

describe('user-visible strings name documents, never paths, codes or HTTP statuses', () => {
  it('the domain sources: every one names a document', () => {
    const all = [
      ...Object.values(sources),
      ...Object.values(timingSources),
      ...Object.values(claimSources),
      ...Object.values(auditSources),
      ...Object.values(confusedCodes),
    ];
    expect(offenders(all)).toEqual([]);
  });

  it('the messages and sources of every check, error and step of calculate()', () => {
    const texts: string[] = [];
    for (const input of inputs) {
      const result = calculate(input);
      if (!result.ok) {
        texts.push(...result.errors.map((e) => e.message));
        continue;
      }
      for (const c of result.checks) texts.push(c.message, c.source ?? '');
      for (const s of result.steps ?? []) texts.push(s.title, s.expression, s.result, s.source);
    }
    expect(texts.length).toBeGreaterThan(40);
    expect(offenders(texts, withoutPrecision)).toEqual([]);
  });

  it('the time-limit checks and errors', () => {
    const texts: string[] = [];
    for (const input of [
      { reconstitutedAt: '09:00', preparedAt: '10:05', infusionStartAt: '10:10', infusionStopAt: '16:30' },
      { reconstitutedAt: '09:00', preparedAt: '09:10', infusionStartAt: '09:20', infusionStopAt: '10:00' },
      { reconstitutedAt: '25:00', preparedAt: 'soon' },
    ]) {
      const timing = checkTiming({ ...input, strongCyp3a4Inducer: false, now: '11:00' });
      if (timing.ok) for (const c of timing.checks) texts.push(c.message, c.source ?? '');
      else texts.push(...timing.errors.map((e) => e.message));
    }
    expect(offenders(texts, withoutPrecision)).toEqual([]);
  });

  it('the audit findings and the findings CSV (all but its machine-readable code column)', () => {
    const sample = readFileSync('public/audit-sample.csv', 'utf8');
    const batch = auditCsvText(sample);
    if (!batch.ok) throw new Error('the sample CSV should read');
    const csv = Papa.parse<string[]>(findingsCsv(batch.rows), { skipEmptyLines: true }).data;
    const codeColumn = findingsCsvColumns.indexOf('code');
    const cells = csv.slice(1).flatMap((row) => row.filter((_, i) => i !== codeColumn));
    expect(cells.length).toBeGreaterThan(20);
    const single = auditClaim({
      dateOfService: '2026-11-20',
      payer: 'medicare',
      doseMg: 72.8,
      kits: { 15: 2, 45: 1 },
      billed: [{ code: 'J9207', modifiers: [], units: 75 }],
    });
    const findings = single.ok ? single.findings.flatMap((f) => [f.message, f.fix, f.source ?? '']) : [];
    expect(offenders([...cells, ...findings], withoutPrecision)).toEqual([]);
  });

  it('the reference data file', () => {
    const json = JSON.parse(readFileSync('public/data/j9207.json', 'utf8')) as unknown;
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    };
    walk(json);
    expect(offenders(strings)).toEqual([]);
  });
});

describe('the note and the worksheet on the page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('with imperial entries, a hold and a label level: no path, code, status or long decimal', async () => {
    const { user } = renderDosingPage();
    // 66.93 in × 2.54 = 170.0022 cm; 154.32 lb × 0.45359237 = 69.998… kg: long decimals to shorten.
    await user.click(screen.getByRole('radio', { name: /^in/ }));
    await user.click(screen.getByRole('radio', { name: /^lb/ }));
    fireEvent.change(screen.getByLabelText('Height', { exact: true }), { target: { value: '66.93' } });
    fireEvent.change(screen.getByLabelText('Weight', { exact: true }), { target: { value: '154.32' } });
    await user.click(screen.getByRole('button', { name: /Labs, interactions/ }));
    fireEvent.change(await screen.findByLabelText('ANC (cells/mm³)'), { target: { value: '900' } });
    await user.click(screen.getByRole('checkbox', { name: /strong CYP3A4 inhibitor/i }));
    const note = (await screen.findByLabelText('Documentation note')) as HTMLTextAreaElement;
    expect(note.value).toContain('ON HOLD');
    expect(note.value).toContain('Label-supported dose: 20 mg/m²');
    const worksheet = screen.getByRole('article', { name: 'Printable worksheet', hidden: true });
    expect(within(worksheet).getByText(/Amount discarded:/).textContent).not.toContain('______ mg');
    expect(offenders([note.value, worksheet.textContent ?? ''])).toEqual([]);
  });
});
