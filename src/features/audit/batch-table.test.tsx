import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { auditCsvText } from './audit-csv';
import { createBatchStore } from './batch-store';
import { BatchTable } from './batch-table';

afterEach(cleanup);

const header =
  'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines';

/**
 * 250 rows (file lines 2–251): row i is malformed when i % 5 = 0 (30 February), misses its JW line
 * when i % 5 = 1, and is clean otherwise: 50 malformed, 50 with findings, 150 clean.
 */
function store() {
  const body = Array.from({ length: 250 }, (_, i) => {
    if (i % 5 === 0)
      return `R${i},2026-02-30,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2`;
    if (i % 5 === 1)
      return `R${i},2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2`;
    return `R${i},2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2`;
  });
  const result = auditCsvText([header, ...body].join('\n'));
  if (!result.ok) throw new Error(result.error);
  const s = createBatchStore();
  for (const row of result.rows) s.add(row);
  return s;
}

function renderTable() {
  const s = store();
  render(<BatchTable source={{ page: async (q) => s.page(q) }} counts={s.counts()} />);
}

const table = () => screen.getByRole('table', { name: /^Audited rows/ });
const firstCells = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('BatchTable', { timeout: 30_000 }, () => {
  it('shows the billed and the corrected lines of each row, the corrected ones marked when they differ', async () => {
    renderTable();
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 250)' });
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Line ▲',
      'Claim ↕',
      'Status ↕',
      'Findings ↕',
      'Billed lines',
      'Corrected lines',
    ]);
    // R1 (line 3) billed J9207 × 73 and no JW line; the documentation supports 73 given + 2 discarded.
    const r1 = within(table()).getByRole('cell', { name: 'R1' }).closest('tr') as HTMLElement;
    const cells = within(r1).getAllByRole('cell');
    expect(
      within(cells[4] as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['J9207 × 73', '96413 × 1', '96415 × 2']);
    expect(
      within(cells[5] as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Changed:', 'J9207 × 73', 'J9207-JW × 2', '96413 × 1', '96415 × 2']);
    // R2 (line 4) was billed right: corrected = billed, not marked.
    const r2 = within(table()).getByRole('cell', { name: 'R2' }).closest('tr') as HTMLElement;
    expect(
      within(within(r2).getAllByRole('cell')[5] as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['J9207 × 73', 'J9207-JW × 2', '96413 × 1', '96415 × 2']);
  });

  it('pages through 250 rows 100 at a time, and jumps to a typed page', async () => {
    const user = userEvent.setup({ delay: null });
    renderTable();
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 250)' });
    expect(firstCells()[0]).toBe('2');
    await waitFor(() => expect(firstCells()).toHaveLength(100), { timeout: 10_000 });
    expect(firstCells().at(-1)).toBe('101');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByText('of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('table', { name: 'Audited rows (101–200 of 250)' });
    expect(firstCells()[0]).toBe('102');
    expect(screen.getByLabelText('Page')).toHaveValue('2');

    await user.clear(screen.getByLabelText('Page'));
    await user.type(screen.getByLabelText('Page'), '3{Enter}');
    await screen.findByRole('table', { name: 'Audited rows (201–250 of 250)' });
    // The rows arrive a slice of 20 per task: all 50 in the end, the last on line 251.
    await waitFor(() => expect(firstCells()).toHaveLength(50), { timeout: 10_000 });
    expect(firstCells().at(-1)).toBe('251');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Last' })).toBeDisabled();

    // A page past the end goes to the last page; First goes back.
    await user.clear(screen.getByLabelText('Page'));
    await user.type(screen.getByLabelText('Page'), '99');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByLabelText('Page')).toHaveValue('3');
    await user.click(screen.getByRole('button', { name: 'First' }));
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 250)' });
  });

  it('filters by status, severity and finding code, with the counts in the options', async () => {
    const user = userEvent.setup({ delay: null });
    renderTable();
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 250)' });
    const status = screen.getByLabelText('Status');
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All statuses (250)', 'Clean (150)', 'With findings (50)', 'Malformed (50)']);

    await user.selectOptions(status, 'malformed');
    await screen.findByRole('table', { name: 'Audited rows (1–50 of 50)' });
    // Malformed rows are R0, R5, R10 … on lines 2, 7, 12 …
    expect(firstCells().slice(0, 3)).toEqual(['2', '7', '12']);
    expect(screen.queryByRole('navigation', { name: 'Pages of audited rows' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Why line 2 is malformed' })).toHaveTextContent(
      'The date of service must be a real date, YYYY-MM-DD.',
    );

    await user.selectOptions(status, 'all');
    await user.selectOptions(screen.getByLabelText('Finding code'), 'JW_MISSING');
    await screen.findByRole('table', { name: 'Audited rows (1–50 of 50)' });
    expect(firstCells().slice(0, 3)).toEqual(['3', '8', '13']);

    // Error severity: the 50 rows missing JW and the 50 malformed rows.
    await user.selectOptions(screen.getByLabelText('Finding code'), 'all');
    await user.selectOptions(screen.getByLabelText('Severity'), 'error');
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 100)' });
    await user.selectOptions(screen.getByLabelText('Severity'), 'warning');
    await screen.findByRole('table', { name: 'Audited rows (none match)' });
  });

  it('sorts the whole batch, not only the page shown', async () => {
    const user = userEvent.setup({ delay: null });
    renderTable();
    await screen.findByRole('table', { name: 'Audited rows (1–100 of 250)' });
    await user.click(within(table()).getByRole('button', { name: /Line/ }));
    await within(table()).findByRole('cell', { name: '251' });
    expect(within(table()).getByRole('columnheader', { name: /Line/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(firstCells().slice(0, 2)).toEqual(['251', '250']);
  });
});
