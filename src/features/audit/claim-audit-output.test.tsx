import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditPage } from './audit-page';

// Worked example: 72.8 mg from 1 × 45 + 2 × 15 = 75 mg → J9207 × 73 and J9207-JW × 2;
// 09:00–12:00 = 180 min → 96413 × 1 + 96415 × 2. The audit date is fixed (no test reads the clock).
const today = () => '2026-11-29';

async function setLine(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  code: string,
  modifiers: string,
  units: string,
) {
  const codeInput = screen.getByLabelText(`Line ${n} code`);
  await user.clear(codeInput);
  await user.type(codeInput, code);
  const mods = screen.getByLabelText(`Line ${n} modifiers`);
  await user.clear(mods);
  if (modifiers) await user.type(mods, modifiers);
  const unitsInput = screen.getByLabelText(`Line ${n} units`);
  await user.clear(unitsInput);
  await user.type(unitsInput, units);
}

async function auditWorkedExample(
  user: ReturnType<typeof userEvent.setup>,
  { dos = '2026-11-27', payer = 'medicare', kits45 = '1', kits15 = '2' } = {},
) {
  render(<AuditPage today={today} />);
  await user.type(screen.getByLabelText('Date of service'), dos);
  await user.selectOptions(screen.getByLabelText('Payer'), payer);
  await user.type(screen.getByLabelText('Dose given (mg)'), '72.8');
  if (kits45) await user.type(screen.getByLabelText('45 mg kits opened'), kits45);
  if (kits15) await user.type(screen.getByLabelText('15 mg kits opened'), kits15);
  await user.type(screen.getByLabelText('Amount discarded (mg)'), '2.2');
  await user.type(screen.getByLabelText('Infusion start'), '09:00');
  await user.type(screen.getByLabelText('Infusion stop'), '12:00');
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  await user.click(screen.getByRole('button', { name: 'Add a line' }));
  await setLine(user, 1, 'J9207', '', '73');
  await setLine(user, 2, 'J9207', 'JW', '2');
  await setLine(user, 3, '96413', '', '1');
  await setLine(user, 4, '96415', '', '2');
  await user.click(screen.getByRole('button', { name: 'Audit claim' }));
  // A new result takes the focus: wait for it before typing elsewhere.
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Audit result' })).toHaveFocus());
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Audit view: segments, report, revenue by quarter and payer', { timeout: 30_000 }, () => {
  it('shows the 837P and 837I segments and copies them; the NDC stays a placeholder until typed', async () => {
    const user = userEvent.setup({ delay: null });
    await auditWorkedExample(user, { kits45: '', kits15: '5' }); // 5 × 15 = 75 mg, one product
    await screen.findByText('Clean: the billed lines match the documentation.');
    const p837 = screen.getByLabelText(/^837P/) as HTMLTextAreaElement;
    expect(p837.value.split('\n').slice(0, 3)).toEqual([
      'SV1*HC:J9207*[CHARGE]*UN*73***[DX POINTER]~',
      'LIN**N4*[NDC 11 DIGITS]~',
      'CTP****[KITS]*UN~',
    ]);
    await user.type(screen.getByLabelText('NDC on the 15 mg kit carton'), '70020-1910-1');
    expect((screen.getByLabelText(/^837P/) as HTMLTextAreaElement).value).toContain('LIN**N4*70020191001~');
    const i837 = screen.getByLabelText(/^837I/) as HTMLTextAreaElement;
    expect(i837.value.split('\n')[0]).toBe('SV2*0636*HC:J9207*[CHARGE]*UN*73~');

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy 837P segments' }));
    expect(writeText).toHaveBeenCalledWith((screen.getByLabelText(/^837P/) as HTMLTextAreaElement).value);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('prints the report: verdict, lines, findings and sources in one section; nothing else is called', async () => {
    const user = userEvent.setup({ delay: null });
    await auditWorkedExample(user, { kits45: '', kits15: '' }); // kits not documented
    await screen.findByText(/1 finding/);
    const report = screen.getByRole('region', { name: 'Audit result' });
    expect(
      within(report).getByText('Date of service: 2026-11-27 · Payer: Medicare · Audited on 2026-11-29'),
    ).toBeInTheDocument();
    expect(report.querySelector('[data-code="KITS_NOT_DOCUMENTED"]')).toHaveTextContent(
      /The kits opened are not documented/,
    );
    expect(report).not.toHaveTextContent('KITS_NOT_DOCUMENTED');
    expect(within(report).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(within(report).getByText(/Kits opened: not documented/)).toBeInTheDocument();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(within(report).getByRole('button', { name: 'Print audit report' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('revenue: a Medicaid claim is not priced, and says why', async () => {
    const user = userEvent.setup({ delay: null });
    await auditWorkedExample(user, { payer: 'medicaid' });
    await user.type(screen.getByLabelText('Payment limit per unit ($)'), '10');
    await user.type(screen.getByLabelText('ASP file quarter'), '2026 Q4');
    expect(screen.getByText(/Not priced: the payer is Medicaid/)).toBeInTheDocument();
    expect(screen.queryByText('Allowed, corrected')).not.toBeInTheDocument();
  });

  it('revenue: a 2019 claim is not priced at a 2026 Q4 limit; the empty quarter asks for one', async () => {
    const user = userEvent.setup({ delay: null });
    await auditWorkedExample(user, { dos: '2019-05-03' });
    expect(screen.getByText('Not priced: no payment limit typed yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Payment limit per unit ($)'), '123.456');
    expect(screen.getByLabelText('ASP file quarter')).toHaveAccessibleDescription(
      /Enter the quarter of the ASP file the limit comes from/,
    );
    expect(screen.getByLabelText('ASP file quarter')).not.toHaveAttribute('placeholder');
    await user.type(screen.getByLabelText('ASP file quarter'), '2026 Q4');
    expect(
      screen.getByText(
        'Not priced: no payment limit was entered for 2019 Q2, the quarter of the date of service 2019-05-03.',
      ),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('ASP file quarter'));
    await user.type(screen.getByLabelText('ASP file quarter'), '2019 Q2');
    // 73 × 123.456 = 9,012.288 → $9,012.29; JW 2 × 123.456 = 246.912 → $246.91.
    expect(screen.getByText('73 × $123.456 = 9012.288')).toBeInTheDocument();
    expect(screen.getByText('$9,012.29')).toBeInTheDocument();
    expect(screen.getByText('$246.91')).toBeInTheDocument();
  });

  it('the JW/JZ box appears for a payer other than Medicare and turns the note into a requirement', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AuditPage today={today} />);
    expect(screen.queryByLabelText(/The payer's policy asks for JW\/JZ/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Payer'), 'medicaid');
    expect(screen.getByLabelText(/The payer's policy asks for JW\/JZ/)).not.toBeChecked();
  });
});
