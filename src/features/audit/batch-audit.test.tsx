import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditPage } from './audit-page';

// jsdom has no URL.createObjectURL: a test that provides one puts back what was there.
const urlStatics = {
  createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};
afterEach(() => {
  cleanup();
  for (const [name, descriptor] of Object.entries(urlStatics)) {
    if (descriptor) Object.defineProperty(URL, name, descriptor);
    else Reflect.deleteProperty(URL, name);
  }
});

const csv = [
  'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines',
  // 72.8 mg from 75 mg: J9207 × 73 + J9207-JW × 2 is right.
  'GOOD,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2',
  // Same dose, JW line missing.
  'NOJW,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2',
  // Unquoted decimal comma: one field too many.
  'BROKEN,2026-11-27,medicare,72,8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2',
].join('\n');

async function renderBatch(user: ReturnType<typeof userEvent.setup>) {
  // The audit date is fixed: the rows' dates of service (2026-11-27) are before it.
  render(<AuditPage today={() => '2026-11-29'} />);
  await user.click(screen.getByRole('button', { name: 'CSV batch' }));
}

async function upload(user: ReturnType<typeof userEvent.setup>) {
  const file = new File([csv], 'claims.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('Choose a CSV file'), file);
  const summary = await screen.findByText(/claims\.csv: 3 rows: 1 clean, 1 with findings, 1 malformed\./);
  await screen.findByRole('cell', { name: 'GOOD' });
  return summary;
}

describe('Audit view: CSV batch', () => {
  it('audits a picked file: good, faulty and malformed rows with line numbers', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    await upload(user);
    const table = screen.getByRole('table', { name: /^Audited rows/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['2', '3', '4']);
    expect(rows[0]).toHaveTextContent('Clean');
    expect(rows[1]).toHaveTextContent('JW_MISSING');
    expect(rows[1]).toHaveTextContent('Fix: Bill J9207 × 73 and J9207-JW × 2.');
    expect(rows[2]).toHaveTextContent('Malformed');
    expect(rows[2]).toHaveTextContent('The row has 11 fields, the header 10');
  });

  it('sorts by status, malformed first, and back', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    await upload(user);
    const table = screen.getByRole('table', { name: /^Audited rows/ });
    await user.click(within(table).getByRole('button', { name: /Status/ }));
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const claims = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1]?.textContent);
    await waitFor(() => expect(claims()).toEqual(['BROKEN', 'NOJW', 'GOOD']));
    await user.click(within(table).getByRole('button', { name: /Status/ }));
    await waitFor(() => expect(claims()).toEqual(['GOOD', 'NOJW', 'BROKEN']));
  });

  it('downloads the findings as CSV made in the browser', async () => {
    const user = userEvent.setup({ delay: null });
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:findings';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderBatch(user);
    await upload(user);
    await user.click(screen.getByRole('button', { name: 'Download findings (CSV)' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // A UTF-8 byte-order mark first (EF BB BF), so Excel reads "×" right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFline,claim_id,date_of_service,payer,status,row_type,/);
    expect(text).toContain('3,NOJW,2026-11-27,medicare,findings,finding,error,JW_MISSING');
    expect(text).toContain('4,BROKEN,2026-11-27,medicare,malformed,finding,error,MALFORMED_ROW');
  });

  it('a malformed row lists every reason in the table, not only the first', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    const text = [
      'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines',
      // A dose that is not a number, a kit count that is not whole, and 30 February.
      'F,2026-02-30,medicare,7x,2,one,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2',
    ].join('\n');
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([text], 'f.csv'));
    const reasons = await screen.findByRole('list', { name: 'Why line 2 is malformed' });
    const items = within(reasons)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'dose_mg: "7x" is not a number.',
        'kits_45mg: "one" is not a whole number.',
        'The date of service must be a real date, YYYY-MM-DD.',
      ]),
    );
  });

  it('a file without the required columns is refused with the reason', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      new File(['claim_id,payer\nA,medicare'], 'x.csv'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'x.csv: The header row (line 1) lacks the required columns date_of_service, lines.',
    );
  });

  it('prices the file at the typed limit: as billed, corrected and the JW lines recovered', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    await upload(user);
    await user.type(screen.getByLabelText('Quarter (e.g. 2026 Q4), limit 1'), '2026 Q4');
    await user.type(screen.getByLabelText('Payment limit per unit ($), limit 1'), '10');
    // GOOD billed 73 + 2, corrected the same; NOJW billed 73, corrected 73 + 2; BROKEN not priced.
    // At $10: billed (75 + 73) × 10 = $1,480.00; corrected (75 + 75) × 10 = $1,500.00; difference $20.00;
    // JW units 2 + 2 = 4 → $40.00.
    const totals = (await screen.findByText('Allowed, corrected')).parentElement as HTMLElement;
    expect(within(totals).getByText('2: 2 in 2026 Q4 at $10.00 per unit')).toBeInTheDocument();
    expect(within(totals).getByText('$1,480.00')).toBeInTheDocument();
    expect(within(totals).getByText('$1,500.00')).toBeInTheDocument();
    expect(within(totals).getByText('$20.00')).toBeInTheDocument();
    expect(within(totals).getByText(/\$40\.00 allowed \(4 discarded units\)/)).toBeInTheDocument();
    // Each corrected claim: $750.00 allowed, 20% coinsurance $150.00, $600.00 less 2% ($12.00) = $588.00.
    expect(within(totals).getByText(/^\$1,176\.00: 80% after coinsurance/)).toBeInTheDocument();
  });

  it("prices each Medicare claim at its own quarter's limit; the others are not priced, with why", async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    const header =
      'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines';
    const lines = '09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2';
    const text = [
      header,
      `OLD,2019-05-03,medicare,72.8,2,1,2.2,${lines}`,
      `COM,2026-11-27,commercial,72.8,2,1,2.2,${lines}`,
      `NEW,2026-11-27,medicare,72.8,2,1,2.2,${lines}`,
    ].join('\n');
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([text], 'quarters.csv'));
    await screen.findByText(/quarters\.csv: 3 rows/);
    await user.type(screen.getByLabelText('Quarter (e.g. 2026 Q4), limit 1'), '2026 Q4');
    await user.type(screen.getByLabelText('Payment limit per unit ($), limit 1'), '10');
    const totals = (await screen.findByText('Allowed, as billed')).parentElement as HTMLElement;
    expect(await within(totals).findByText('1: 1 in 2026 Q4 at $10.00 per unit')).toBeInTheDocument();
    // NEW alone: 75 units × $10 = $750.00.
    expect(within(totals).getAllByText('$750.00')).not.toHaveLength(0);
    const notPriced = within(totals).getByText('Not priced').nextElementSibling as HTMLElement;
    expect(notPriced).toHaveTextContent('2 claims');
    expect(notPriced).toHaveTextContent('1 × Not priced: no payment limit was entered for 2019 Q2.');
    expect(notPriced).toHaveTextContent('1 × Not priced: the payer is a commercial payer');

    await user.click(screen.getByRole('button', { name: "Add a quarter's limit" }));
    await user.type(screen.getByLabelText('Quarter (e.g. 2026 Q4), limit 2'), '2019 Q2');
    await user.type(screen.getByLabelText('Payment limit per unit ($), limit 2'), '5');
    // OLD at $5: 75 × 5 = $375.00; with NEW: $1,125.00 as billed (the lines are right: same corrected).
    // (The totals list is drawn anew while a half-typed limit is refused.)
    const both = await screen.findByText(
      '2: 1 in 2019 Q2 at $5.00 per unit; 1 in 2026 Q4 at $10.00 per unit',
    );
    expect(within(both.parentElement as HTMLElement).getAllByText('$1,125.00')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove limit 2' }));
    expect(await screen.findByText('1: 1 in 2026 Q4 at $10.00 per unit')).toBeInTheDocument();
  });
});

describe('Audit view: pasted CSV', () => {
  it('audits pasted text like a file', async () => {
    const user = userEvent.setup({ delay: null });
    await renderBatch(user);
    const button = screen.getByRole('button', { name: 'Audit the pasted text' });
    expect(button).toBeDisabled();
    await user.click(screen.getByLabelText('Or paste CSV text, header row first'));
    await user.paste(csv);
    await user.click(button);
    expect(
      await screen.findByText(/Pasted text: 3 rows: 1 clean, 1 with findings, 1 malformed\./),
    ).toBeInTheDocument();
  });
});
