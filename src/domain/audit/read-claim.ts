// Reads an unknown value as an audit claim: anything at all goes in (null, strings, nested
// garbage); out comes either the normalized claim or one error per unreadable field, in a sentence
// a coder understands. Missing documentation is NOT an error here: the audit reports it as a finding.
import { isBsaFormula } from '../bsa';
import { readClockTime } from '../clock-time';
import type { FieldError, VialCount } from '../types';
import { allKitSizesMg } from '../vials';
import type { BilledLine, ClaimDocumentation, PayerType, PriorAuthorization } from './types';

export type NormalizedClaim = {
  dateOfService?: string;
  payer: { type: PayerType; kxRequired: boolean; jwJzRequired: boolean };
  documentation: ClaimDocumentation;
  lines: BilledLine[];
  priorAuth: PriorAuthorization;
};

export type ReadClaim = { ok: true; claim: NormalizedClaim } | { ok: false; errors: FieldError[] };

const payerTypes: readonly PayerType[] = ['medicare', 'medicaid', 'commercial', 'other'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Counts above this are refused as unreadable, so that sums stay exact in binary numbers. */
export const maxCount = 1_000_000;

function isWholeNumber(value: unknown, min: number): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= min && value <= maxCount;
}

/**
 * True for a real calendar date written "YYYY-MM-DD" (leap years counted).
 *
 * @example isIsoDate('2024-02-29') //=> true
 * @example isIsoDate('2023-02-29') //=> false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function readLines(raw: unknown, errors: FieldError[]): BilledLine[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) {
    errors.push({
      field: 'lines',
      message: 'The billed lines are not readable: enter each line with its code and units.',
    });
    return [];
  }
  const lines: BilledLine[] = [];
  raw.forEach((item: unknown, i) => {
    const field = `lines[${i}]`;
    const n = i + 1;
    if (!isRecord(item)) {
      errors.push({ field, message: `Billed line ${n} is not readable: enter its code and units.` });
      return;
    }
    const code = typeof item.hcpcs === 'string' ? item.hcpcs.trim().toUpperCase() : '';
    if (!/^[A-Z0-9]{5}$/.test(code)) {
      errors.push({
        field: `${field}.hcpcs`,
        message: `Billed line ${n}: the code must be 5 letters or digits (e.g. J9207).`,
      });
    }
    const modifiers: string[] = [];
    if (!isAbsent(item.modifiers)) {
      if (!Array.isArray(item.modifiers)) {
        errors.push({
          field: `${field}.modifiers`,
          message: `Billed line ${n}: the modifiers are not readable.`,
        });
      } else {
        for (const mod of item.modifiers as unknown[]) {
          const m = typeof mod === 'string' ? mod.trim().toUpperCase() : '';
          if (/^[A-Z0-9]{2}$/.test(m)) modifiers.push(m);
          else
            errors.push({
              field: `${field}.modifiers`,
              message: `Billed line ${n}: each modifier is 2 letters or digits (e.g. JW).`,
            });
        }
      }
    }
    if (!isWholeNumber(item.units, 1)) {
      errors.push({
        field: `${field}.units`,
        message: `Billed line ${n}: units must be a whole number from 1 to 1,000,000.`,
      });
    }
    lines.push({ hcpcs: code, modifiers, units: isWholeNumber(item.units, 1) ? item.units : 0 });
  });
  return lines;
}

function readKits(raw: unknown, errors: FieldError[]): VialCount[] | undefined {
  if (isAbsent(raw)) return undefined;
  if (!Array.isArray(raw)) {
    errors.push({
      field: 'documentation.kits',
      message: 'The kits opened are not readable: enter how many 15 mg and 45 mg kits.',
    });
    return undefined;
  }
  const kits: VialCount[] = [];
  for (const item of raw as unknown[]) {
    if (
      !isRecord(item) ||
      (item.strengthMg !== 15 && item.strengthMg !== 45) ||
      !isWholeNumber(item.count, 0)
    ) {
      errors.push({
        field: 'documentation.kits',
        message: 'Kits opened: each is a 15 mg or 45 mg kit with a whole count from 0 to 1,000,000.',
      });
      return undefined;
    }
    if (item.count > 0) kits.push({ strengthMg: item.strengthMg, count: item.count });
  }
  // No kit counted means the kits were not documented.
  return kits.length > 0 ? kits : undefined;
}

function readDocumentation(raw: unknown, errors: FieldError[]): ClaimDocumentation {
  if (isAbsent(raw)) return {};
  if (!isRecord(raw)) {
    errors.push({
      field: 'documentation',
      message: 'The documentation is not readable: enter the dose and kits again.',
    });
    return {};
  }
  const doc: ClaimDocumentation = {};
  if (!isAbsent(raw.doseMg)) {
    if (isFiniteNumber(raw.doseMg) && raw.doseMg > 0) doc.doseMg = raw.doseMg;
    else
      errors.push({
        field: 'documentation.doseMg',
        message: 'The dose given must be a number of mg above 0.',
      });
  }
  // Height, weight and mg/m² go to `calculate`, which checks them itself.
  if (!isAbsent(raw.height)) doc.height = raw.height as NonNullable<ClaimDocumentation['height']>;
  if (!isAbsent(raw.weight)) doc.weight = raw.weight as NonNullable<ClaimDocumentation['weight']>;
  if (!isAbsent(raw.doseMgPerM2)) doc.doseMgPerM2 = raw.doseMgPerM2 as number;
  if (!isAbsent(raw.bsaFormula)) {
    if (isBsaFormula(raw.bsaFormula)) doc.bsaFormula = raw.bsaFormula;
    else
      errors.push({
        field: 'documentation.bsaFormula',
        message: 'Choose a BSA formula: Mosteller, Du Bois, Haycock, Gehan & George or Boyd.',
      });
  }
  const kits = readKits(raw.kits, errors);
  if (kits) doc.kits = kits;
  if (!isAbsent(raw.kitsAvailableMg)) {
    const sizes = raw.kitsAvailableMg;
    if (Array.isArray(sizes) && sizes.length > 0 && sizes.every((s) => s === 15 || s === 45))
      doc.kitsAvailableMg = allKitSizesMg.filter((s) => sizes.includes(s));
    else
      errors.push({
        field: 'documentation.kitsAvailableMg',
        message: 'Kit sizes on hand: 15 mg and 45 mg, 45 mg only, or 15 mg only.',
      });
  }
  if (!isAbsent(raw.discardedMg)) {
    if (isFiniteNumber(raw.discardedMg) && raw.discardedMg >= 0) doc.discardedMg = raw.discardedMg;
    else
      errors.push({
        field: 'documentation.discardedMg',
        message: 'The amount discarded must be a number of mg, 0 or more.',
      });
  }
  for (const key of ['infusionStart', 'infusionStop'] as const) {
    const value = raw[key];
    if (isAbsent(value)) continue;
    const time = readClockTime(value, key === 'infusionStart' ? 'Infusion start' : 'Infusion stop');
    if (time.ok) doc[key] = time.text;
    else errors.push({ field: `documentation.${key}`, message: time.message });
  }
  return doc;
}

function readPriorAuth(raw: unknown, errors: FieldError[]): PriorAuthorization {
  if (isAbsent(raw)) return {};
  if (!isRecord(raw)) {
    errors.push({ field: 'priorAuth', message: 'The prior authorization is not readable: enter it again.' });
    return {};
  }
  const pa: PriorAuthorization = {};
  if (!isAbsent(raw.number)) {
    if (typeof raw.number === 'string' && raw.number.trim() !== '') pa.number = raw.number.trim();
    else if (typeof raw.number === 'number' && Number.isFinite(raw.number)) pa.number = String(raw.number);
    else errors.push({ field: 'priorAuth.number', message: 'The authorization number is not readable.' });
  }
  for (const key of ['validFrom', 'validTo'] as const) {
    const value = raw[key];
    if (isAbsent(value)) continue;
    if (isIsoDate(value)) pa[key] = value;
    else
      errors.push({
        field: `priorAuth.${key}`,
        message: `The authorization ${key === 'validFrom' ? 'start' : 'end'} date must be a real date, YYYY-MM-DD.`,
      });
  }
  if (!isAbsent(raw.authorizedUnits)) {
    if (isWholeNumber(raw.authorizedUnits, 0)) pa.authorizedUnits = raw.authorizedUnits;
    else
      errors.push({
        field: 'priorAuth.authorizedUnits',
        message: 'Authorized units must be a whole number from 0 to 1,000,000.',
      });
  }
  if (pa.validFrom && pa.validTo && pa.validFrom > pa.validTo) {
    errors.push({
      field: 'priorAuth.validTo',
      message: 'The authorization ends before it starts: check its dates.',
    });
  }
  return pa;
}

/** Reads any value as a claim; never throws. */
export function readClaim(raw: unknown): ReadClaim {
  const errors: FieldError[] = [];
  if (!isRecord(raw)) {
    return {
      ok: false,
      errors: [
        { field: 'claim', message: 'No claim was given: enter the billed lines and the documentation.' },
      ],
    };
  }

  let dateOfService: string | undefined;
  if (!isAbsent(raw.dateOfService)) {
    if (isIsoDate(raw.dateOfService)) dateOfService = raw.dateOfService;
    else
      errors.push({
        field: 'dateOfService',
        message: 'The date of service must be a real date, YYYY-MM-DD.',
      });
  }

  let payerType: PayerType = 'other';
  let kxRequired = false;
  let jwJzRequired = false;
  const payer = raw.payer;
  if (!isRecord(payer) || !payerTypes.includes(payer.type as PayerType)) {
    errors.push({
      field: 'payer.type',
      message: 'Choose the payer: Medicare, Medicaid, commercial or other.',
    });
  } else {
    payerType = payer.type as PayerType;
    if (!isAbsent(payer.kxRequired)) {
      if (typeof payer.kxRequired === 'boolean') kxRequired = payer.kxRequired;
      else
        errors.push({
          field: 'payer.kxRequired',
          message: 'Answer yes or no: does the payer policy ask for KX?',
        });
    }
    if (!isAbsent(payer.jwJzRequired)) {
      if (typeof payer.jwJzRequired === 'boolean') jwJzRequired = payer.jwJzRequired;
      else
        errors.push({
          field: 'payer.jwJzRequired',
          message: 'Answer yes or no: does the payer policy ask for JW/JZ?',
        });
    }
  }

  const documentation = readDocumentation(raw.documentation, errors);
  const lines = readLines(raw.lines, errors);
  const priorAuth = readPriorAuth(raw.priorAuth, errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    claim: {
      ...(dateOfService ? { dateOfService } : {}),
      payer: { type: payerType, kxRequired, jwJzRequired },
      documentation,
      lines,
      priorAuth,
    },
  };
}
