// The inputs as the worksheet lists them, with units and exact conversions.
import { atMost, type CalculationSuccess } from '../../../domain';
import type { DosingEvaluation } from '../form/dosing-form.resource';
import { grouped } from '../results/format';
import type { WorksheetInput } from './print-worksheet';

type Ok = Extract<DosingEvaluation, { ok: true }>;

export function worksheetInputs(evaluation: Ok, result: CalculationSuccess): WorksheetInput[] {
  const { parsed, labs, infusion } = evaluation;
  const rows: WorksheetInput[] = [
    {
      label: 'Height',
      value: `${parsed.height} ${parsed.heightUnit}${parsed.heightUnit === 'in' ? ` (${atMost(result.heightCm ?? 0, 2)} cm)` : ''}`,
    },
    {
      label: 'Weight',
      value: `${parsed.weight} ${parsed.weightUnit}${parsed.weightUnit === 'lb' ? ` (${atMost(result.weightKg ?? 0, 2)} kg)` : ''}`,
    },
    { label: 'Ordered dose', value: `${parsed.dose} mg/m²` },
    { label: 'Regimen', value: parsed.regimen === 'monotherapy' ? 'Ixabepilone alone' : 'With capecitabine' },
  ];
  if (Object.values(labs).every((v) => v === undefined))
    rows.push({ label: 'Labs before the cycle', value: 'not entered' });
  if (labs.astXUln !== undefined) rows.push({ label: 'AST', value: `${labs.astXUln} × ULN` });
  if (labs.altXUln !== undefined) rows.push({ label: 'ALT', value: `${labs.altXUln} × ULN` });
  if (labs.bilirubinXUln !== undefined)
    rows.push({ label: 'Bilirubin', value: `${labs.bilirubinXUln} × ULN` });
  if (labs.anc !== undefined) rows.push({ label: 'ANC', value: `${grouped(labs.anc)}/mm³` });
  if (labs.platelets !== undefined)
    rows.push({ label: 'Platelets', value: `${grouped(labs.platelets)}/mm³` });
  if (parsed.cypInhibitor) rows.push({ label: 'CYP3A4 inhibitor', value: 'strong, cannot be avoided' });
  if (parsed.cypInducer) rows.push({ label: 'CYP3A4 inducer', value: 'strong, cannot be avoided' });
  if (parsed.previousWeight !== undefined) {
    const date = parsed.previousWeightDate.trim();
    rows.push({
      label: 'Weight at last BSA',
      value: `${parsed.previousWeight} ${parsed.previousWeightUnit}${date ? ` on ${date}` : ''}`,
    });
  }
  rows.push({
    label: 'Infusion',
    value: infusion ? `${infusion.start}–${infusion.stop} (${infusion.minutes} min)` : 'times not entered',
  });
  rows.push({
    label: 'Site of care',
    value: parsed.siteOfCare === 'office' ? 'Office' : 'Hospital outpatient',
  });
  rows.push({ label: '340B', value: parsed.acquired340B ? 'yes' : 'no' });
  return rows;
}
