// The one-claim form: its zod/mini schema (format checks on what was typed), its defaults, and the
// mapping from typed text to the domain's claim. The domain (auditClaim) judges the claim itself.
import { z } from 'zod/mini';
import type {
  AuditClaim,
  BilledLine,
  ClaimDocumentation,
  FieldError,
  PayerType,
  VialCount,
} from '../../domain';
import { clockMinutes, formatClockTime, parseClockTime } from '../../domain';
import { isBlank, parseCountText, parseDecimalText } from '../../lib/parse-number';

// Numbers and times are read by the app's one number reader ("72,5" = 72.5) and clock-time reader.
const decimal = (text: string) => parseDecimalText(text) !== undefined;
const whole = (text: string) => /^\d+$/.test(text.trim());
const time = (text: string) => parseClockTime(text) !== undefined;
const isoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim());

const optional = (valid: (text: string) => boolean, message: string) =>
  z.string().check(z.refine((v) => isBlank(v) || valid(v), message));

export const billedLineSchema = z.object({
  code: z
    .string()
    .check(z.refine((v) => /^[A-Za-z0-9]{5}$/.test(v.trim()), 'Enter a 5-character code, e.g. J9207.')),
  modifiers: z
    .string()
    .check(
      z.refine(
        (v) => v.trim() === '' || /^[A-Za-z0-9]{2}([\s,-]+[A-Za-z0-9]{2})*$/.test(v.trim()),
        'Modifiers are 2 characters each, separated by spaces (e.g. JW JG).',
      ),
    ),
  units: z
    .string()
    .check(z.refine((v) => /^\d+$/.test(v.trim()) && Number(v) >= 1, 'Units: a whole number of 1 or more.')),
});

export const claimFormSchema = z.object({
  dateOfService: optional(isoDate, 'Enter the date of service.'),
  payerType: z.enum(['medicare', 'medicaid', 'commercial', 'other']),
  kxRequired: z.boolean(),
  jwJzRequired: z.boolean(),
  doseSource: z.enum(['mg', 'bsa']),
  doseMg: optional(decimal, 'Enter the dose as a number of mg, e.g. 72.8 or 72,8.'),
  height: optional(decimal, 'Enter the height as a number.'),
  heightUnit: z.enum(['cm', 'in']),
  weight: optional(decimal, 'Enter the weight as a number.'),
  weightUnit: z.enum(['kg', 'lb']),
  doseMgPerM2: optional(decimal, 'Enter the ordered dose in mg/m² as a number.'),
  kits15: optional(whole, 'A whole number of kits.'),
  kits45: optional(whole, 'A whole number of kits.'),
  kitsAvailable: z.enum(['', 'both', '45', '15']),
  discardedMg: optional(decimal, 'Enter the amount discarded as a number of mg.'),
  infusionStart: optional(time, 'Enter the start as a 24-hour time HH:MM, e.g. 09:30.'),
  infusionStop: optional(time, 'Enter the stop as a 24-hour time HH:MM, e.g. 12:30.'),
  lines: z.array(billedLineSchema),
  paNumber: z.string(),
  paValidFrom: optional(isoDate, 'Enter a date.'),
  paValidTo: optional(isoDate, 'Enter a date.'),
  paUnits: optional(whole, 'A whole number of units.'),
});

export type ClaimFormValues = z.infer<typeof claimFormSchema>;
export type BilledLineValues = z.infer<typeof billedLineSchema>;

export const emptyLine: BilledLineValues = { code: '', modifiers: '', units: '' };

export const claimFormDefaults: ClaimFormValues = {
  dateOfService: '',
  payerType: 'medicare',
  kxRequired: false,
  jwJzRequired: false,
  doseSource: 'mg',
  doseMg: '',
  height: '',
  heightUnit: 'cm',
  weight: '',
  weightUnit: 'kg',
  doseMgPerM2: '',
  kits15: '',
  kits45: '',
  kitsAvailable: '',
  discardedMg: '',
  infusionStart: '',
  infusionStop: '',
  lines: [
    { code: 'J9207', modifiers: '', units: '' },
    { code: 'J9207', modifiers: 'JW', units: '' },
  ],
  paNumber: '',
  paValidFrom: '',
  paValidTo: '',
  paUnits: '',
};

/** Typed text → number; empty → undefined; unreadable → NaN (the domain then says it is not a number). */
const num = (text: string): number | undefined =>
  isBlank(text) ? undefined : (parseDecimalText(text) ?? parseCountText(text) ?? Number.NaN);
/** A typed time as "HH:MM" (unreadable text is passed on for the domain to refuse). */
const hhmm = (text: string): string => {
  const minutes = clockMinutes(text);
  return minutes === undefined ? text.trim() : formatClockTime(minutes);
};

/** Modifiers typed as "JW JG", "JW-JG" or "jw,jg" → ['JW', 'JG']. */
export function parseModifiers(text: string): string[] {
  return text
    .split(/[\s,-]+/)
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== '');
}

/** The typed form as the domain's claim (empty fields are "not documented"). */
export function claimFromForm(v: ClaimFormValues): AuditClaim {
  const doc: ClaimDocumentation = {};
  if (v.doseSource === 'mg') {
    const dose = num(v.doseMg);
    if (dose !== undefined) doc.doseMg = dose;
  } else {
    const height = num(v.height);
    const weight = num(v.weight);
    const mgPerM2 = num(v.doseMgPerM2);
    if (height !== undefined) doc.height = { value: height, unit: v.heightUnit };
    if (weight !== undefined) doc.weight = { value: weight, unit: v.weightUnit };
    if (mgPerM2 !== undefined) doc.doseMgPerM2 = mgPerM2;
  }
  const kits: VialCount[] = [];
  const k45 = num(v.kits45);
  const k15 = num(v.kits15);
  if (k45) kits.push({ strengthMg: 45, count: k45 });
  if (k15) kits.push({ strengthMg: 15, count: k15 });
  if (kits.length > 0) doc.kits = kits;
  if (v.kitsAvailable !== '')
    doc.kitsAvailableMg = v.kitsAvailable === 'both' ? [15, 45] : [Number(v.kitsAvailable) as 15 | 45];
  const discarded = num(v.discardedMg);
  if (discarded !== undefined) doc.discardedMg = discarded;
  if (!isBlank(v.infusionStart)) doc.infusionStart = hhmm(v.infusionStart);
  if (!isBlank(v.infusionStop)) doc.infusionStop = hhmm(v.infusionStop);

  const lines: BilledLine[] = v.lines.map((l) => ({
    hcpcs: l.code.trim().toUpperCase(),
    modifiers: parseModifiers(l.modifiers),
    units: Number(l.units.trim()),
  }));

  const priorAuth: NonNullable<AuditClaim['priorAuth']> = {};
  if (v.paNumber.trim() !== '') priorAuth.number = v.paNumber.trim();
  if (v.paValidFrom !== '') priorAuth.validFrom = v.paValidFrom;
  if (v.paValidTo !== '') priorAuth.validTo = v.paValidTo;
  const paUnits = num(v.paUnits);
  if (paUnits !== undefined) priorAuth.authorizedUnits = paUnits;

  return {
    ...(v.dateOfService !== '' ? { dateOfService: v.dateOfService } : {}),
    payer: {
      type: v.payerType as PayerType,
      kxRequired: v.kxRequired,
      // Medicare always requires JW/JZ; the box speaks for other payers only.
      ...(v.payerType !== 'medicare' && v.jwJzRequired ? { jwJzRequired: true } : {}),
    },
    documentation: doc,
    lines,
    ...(Object.keys(priorAuth).length > 0 ? { priorAuth } : {}),
  };
}

/** The form field a domain error belongs to ('lines[2].units' → 'lines.2.units'), if any. */
export function formFieldOf(error: FieldError): string | undefined {
  const line = /^lines\[(\d+)\]\.(hcpcs|modifiers|units)$/.exec(error.field);
  if (line) return `lines.${line[1]}.${line[2] === 'hcpcs' ? 'code' : line[2]}`;
  const map: Record<string, string> = {
    dateOfService: 'dateOfService',
    'documentation.doseMg': 'doseMg',
    'documentation.height': 'height',
    'documentation.weight': 'weight',
    'documentation.doseMgPerM2': 'doseMgPerM2',
    'documentation.discardedMg': 'discardedMg',
    'documentation.kits': 'kits15',
    'documentation.kitsAvailableMg': 'kitsAvailable',
    'documentation.infusionStart': 'infusionStart',
    'documentation.infusionStop': 'infusionStop',
    'priorAuth.validFrom': 'paValidFrom',
    'priorAuth.validTo': 'paValidTo',
    'priorAuth.authorizedUnits': 'paUnits',
  };
  return map[error.field];
}
