// auditClaim(): checks a J9207 claim against its documentation — units for the dose, JW/JZ and the
// discarded amount, least-waste kits, codes and modifiers, administration codes against the
// infusion times, prior authorization — and gives each finding its fix and the corrected lines.
// Pure: the date of service is the only date; never throws on any input.
import { administeredUnits, administrationCodes, claimLines } from '../billing';
import { calculate } from '../calculate';
import { type Dec, dec, fmt } from '../decimal';
import { hcpcsCode, sources } from '../facts';
import type { Modifier340B, VialCount } from '../types';
import { chooseVials, describeVials, labeledTotalMg } from '../vials';
import {
  adminCodeSet,
  auditSources,
  confusedCodes,
  j9207Descriptor,
  jwRequiredFrom,
  jzRequiredFrom,
  knownJ9207Modifiers,
  maxInfusionMinutes,
} from './audit-facts';
import { describeLines } from './lines';
import { minutesOfDay, type NormalizedClaim, readClaim } from './read-claim';
import type {
  AuditExpected,
  AuditFinding,
  AuditFindingCode,
  AuditResult,
  AuditSeverity,
  BilledLine,
  ClaimDocumentation,
} from './types';

type DoseResolution =
  | { kind: 'dose'; doseMg: Dec; source: 'documented' | 'worked-out'; work?: string; orderDoseMg?: Dec }
  | { kind: 'missing' }
  | { kind: 'error'; errors: { field: string; message: string }[] };

const severityRank: Record<AuditSeverity, number> = { error: 0, warning: 1, info: 2 };

const has = (line: BilledLine, modifier: string) => line.modifiers.includes(modifier);
const sumUnits = (lines: readonly BilledLine[]) => lines.reduce((sum, l) => sum + l.units, 0);
const mg = (value: Dec) => `${fmt(value)} mg`;

/** The dose given: documented in mg, or worked out by `calculate` from height, weight and mg/m². */
function resolveDose(doc: ClaimDocumentation): DoseResolution {
  const bsaGiven = doc.height !== undefined || doc.weight !== undefined || doc.doseMgPerM2 !== undefined;
  let order: { doseMg: Dec; work?: string } | undefined;
  if (bsaGiven) {
    const result = calculate({
      height: doc.height,
      weight: doc.weight,
      doseMgPerM2: doc.doseMgPerM2,
      ...(doc.bsaFormula ? { bsaFormula: doc.bsaFormula } : {}),
    });
    if (!result.ok) {
      return {
        kind: 'error',
        errors: result.errors.map((e) => ({ field: `documentation.${e.field}`, message: e.message })),
      };
    }
    const step = result.steps?.find((s) => s.id === 'dose');
    order = { doseMg: dec(result.doseMg), ...(step ? { work: `${step.expression} = ${step.result}` } : {}) };
  }
  if (doc.doseMg !== undefined) {
    return {
      kind: 'dose',
      doseMg: dec(doc.doseMg),
      source: 'documented',
      ...(order ? { orderDoseMg: order.doseMg } : {}),
    };
  }
  if (order) {
    return {
      kind: 'dose',
      doseMg: order.doseMg,
      source: 'worked-out',
      ...(order.work ? { work: order.work } : {}),
    };
  }
  return { kind: 'missing' };
}

/** Infusion minutes from "HH:MM" start and stop; a stop at or before the start is the next day. */
function infusionMinutes(doc: ClaimDocumentation): number | undefined {
  const start = minutesOfDay(doc.infusionStart);
  const stop = minutesOfDay(doc.infusionStop);
  if (start === undefined || stop === undefined) return undefined;
  return (stop - start + 1440) % 1440;
}

/** The 340B modifier the J9207 lines carry (JG before TB), if any. */
function modifier340BOf(lines: readonly BilledLine[]): Modifier340B | undefined {
  if (lines.some((l) => has(l, 'JG'))) return 'JG';
  if (lines.some((l) => has(l, 'TB'))) return 'TB';
  return undefined;
}

function adminTotals(lines: readonly BilledLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.hcpcs, (totals.get(l.hcpcs) ?? 0) + l.units);
  return totals;
}

function sameTotals(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [code, units] of a) if (b.get(code) !== units) return false;
  return true;
}

/** Removes modifiers that never belong (RR; KX without a payer policy; JW/JZ off J9207). */
function cleanModifiers(line: BilledLine, kxRequired: boolean): BilledLine {
  const drop = new Set([
    'RR',
    ...(kxRequired ? [] : ['KX']),
    ...(line.hcpcs === hcpcsCode ? [] : ['JW', 'JZ']),
  ]);
  return { ...line, modifiers: line.modifiers.filter((m) => !drop.has(m)) };
}

/**
 * Audits one J9207 claim against its documentation.
 *
 * Unreadable input (not an object, a unit that is not a whole number, a date that is not a date…)
 * returns `{ ok: false, errors }`; missing documentation is a finding. A claim is `clean` when it
 * has no error or warning (info findings are notes). Severity: error = the lines as billed are
 * wrong or unsupported (denial or overpayment); warning = the record or claim needs a check;
 * info = a note.
 *
 * @example
 * auditClaim({ dateOfService: '2026-11-27', payer: { type: 'medicare' },
 *   documentation: { doseMg: 72.8, kits: [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 2 }], discardedMg: 2.2 },
 *   lines: [{ hcpcs: 'J9207', modifiers: [], units: 73 }] })
 * //=> ok: true, clean: false, findings: [JW_MISSING: "Bill J9207 × 73 and J9207-JW × 2."]
 */
export function auditClaim(raw: unknown): AuditResult {
  const read = readClaim(raw);
  if (!read.ok) return read;
  const claim = read.claim;
  const dose = resolveDose(claim.documentation);
  if (dose.kind === 'error') return { ok: false, errors: dose.errors };
  return audit(claim, dose);
}

function audit(claim: NormalizedClaim, dose: Exclude<DoseResolution, { kind: 'error' }>): AuditResult {
  const { documentation: doc, lines, payer, priorAuth: pa } = claim;
  const dos = claim.dateOfService;
  const findings: AuditFinding[] = [];
  const add = (
    code: AuditFindingCode,
    severity: AuditSeverity,
    message: string,
    fix: string,
    source: string,
    lineIndex?: number,
  ) =>
    findings.push({
      code,
      severity,
      message,
      fix,
      source,
      ...(lineIndex === undefined ? {} : { lineIndex }),
    });

  const j9207 = lines.filter((l) => l.hcpcs === hcpcsCode);
  const jwLines = j9207.filter((l) => has(l, 'JW'));
  const givenLines = j9207.filter((l) => !has(l, 'JW'));
  const hasJW = jwLines.length > 0;
  const hasJZ = j9207.some((l) => has(l, 'JZ'));
  const billedGiven = sumUnits(givenLines);
  const billedJw = sumUnits(jwLines);
  const adminBilled = lines.filter((l) => adminCodeSet.has(l.hcpcs));
  const mod340B = modifier340BOf(j9207);
  const kxRequired = payer.kxRequired;

  if (!dos) {
    add(
      'DOS_MISSING',
      'error',
      'The date of service is not documented, so the JW/JZ dates and the authorization cannot be checked.',
      'Document the date of administration and enter it on the claim.',
      auditSources.documentation,
    );
  }

  // --- Dose, kits, units, JW/JZ -------------------------------------------------------------------
  let expected: AuditExpected | undefined;
  let correctedJ9207: BilledLine[];
  if (dose.kind === 'dose') {
    const doseMg = dose.doseMg;
    const given = administeredUnits(doseMg);
    const leastKits = chooseVials(doseMg);
    const leastTotal = labeledTotalMg(leastKits);
    const discarded = leastTotal - given;
    const leastWasteMg = dec(leastTotal).minus(doseMg);
    correctedJ9207 = claimLines(given, discarded, mod340B).map((l) =>
      kxRequired ? { ...l, modifiers: [...l.modifiers, 'KX'] } : l,
    );
    const fixLines = `Bill ${describeLines(correctedJ9207)}.`;
    expected = {
      doseMg: fmt(doseMg),
      doseSource: dose.source,
      ...(dose.work ? { doseWork: dose.work } : {}),
      administeredUnits: given,
      discardedUnits: discarded,
      kits: leastKits,
      labeledTotalMg: leastTotal,
    };

    if (dose.orderDoseMg && !dose.orderDoseMg.equals(doseMg)) {
      add(
        'DOSE_DIFFERS_FROM_ORDER',
        'info',
        `The documented dose ${mg(doseMg)} differs from the ${mg(dose.orderDoseMg)} worked out from height, weight and mg/m²; the audit bills the documented dose.`,
        'Check that the order or a documented dose change explains the difference.',
        sources.labelDose,
      );
    }

    // The labeled amount actually opened: documented kits, or dose + documented discard.
    const kits: VialCount[] | undefined = doc.kits;
    const kitsTotal = kits ? labeledTotalMg(kits) : undefined;
    let openedTotal = leastTotal;
    if (kits && kitsTotal !== undefined) {
      if (doseMg.greaterThan(kitsTotal)) {
        add(
          'KITS_DONT_COVER_DOSE',
          'error',
          `The kits documented (${describeVials(kits)} = ${kitsTotal} mg) hold less than the ${mg(doseMg)} given.`,
          `Check the dose and the kits in the record; ${mg(doseMg)} needs ${describeVials(leastKits)} (${leastTotal} mg).`,
          sources.leastWaste,
        );
      } else {
        openedTotal = kitsTotal;
        if (doc.discardedMg !== undefined && !dec(kitsTotal).minus(doseMg).equals(doc.discardedMg)) {
          add(
            'DISCARD_DOC_MISMATCH',
            'warning',
            `The record says ${mg(dec(doc.discardedMg))} discarded, but ${kitsTotal} mg opened − ${mg(doseMg)} given = ${mg(dec(kitsTotal).minus(doseMg))}.`,
            'Correct the discarded amount, the dose or the kits in the record.',
            sources.jwjz,
          );
        }
      }
    } else if (doc.discardedMg !== undefined) {
      const implied = doseMg.plus(doc.discardedMg);
      if (implied.modulo(15).isZero()) openedTotal = implied.toNumber();
      else {
        add(
          'DISCARD_DOC_MISMATCH',
          'warning',
          `${mg(doseMg)} given + ${mg(dec(doc.discardedMg))} discarded = ${mg(implied)}, which is not the labeled content of whole kits (a multiple of 15 mg).`,
          `Document the kits opened; for ${mg(doseMg)} the least-waste kits are ${describeVials(leastKits)}, leaving ${mg(leastWasteMg)}.`,
          sources.jwjz,
        );
      }
    }
    const notLeastWaste = openedTotal > leastTotal;
    if (notLeastWaste) {
      add(
        'NOT_LEAST_WASTE',
        'error',
        `${openedTotal} mg of kits were opened for ${mg(doseMg)}, but ${describeVials(leastKits)} (${leastTotal} mg) covers it with less waste.`,
        `${fixLines} Waste beyond the least-waste kits is not billable.`,
        sources.leastWaste,
      );
    }

    if (j9207.length === 0) {
      add(
        'J9207_MISSING',
        'error',
        `No J9207 line is billed for the ${mg(doseMg)} of ixabepilone given.`,
        fixLines,
        sources.hcpcs,
      );
    } else {
      if (billedGiven < given) {
        add(
          'UNITS_NOT_ROUNDED_UP',
          'error',
          `${billedGiven} J9207 units are billed for ${mg(doseMg)} given; units are rounded up (1 unit = 1 mg, at least 1), so ${given}.`,
          fixLines,
          `${sources.hcpcs}; ${sources.unitsRoundUp}`,
        );
      } else if (billedGiven > given) {
        add(
          'UNITS_ABOVE_DOSE',
          'error',
          `${billedGiven} J9207 units are billed for ${mg(doseMg)} given, which supports ${given} (rounded up).`,
          fixLines,
          `${sources.hcpcs}; ${sources.unitsRoundUp}`,
        );
      }
      if (billedGiven + billedJw > openedTotal) {
        add(
          'OVERFILL_BILLED',
          'error',
          `${billedGiven} given + ${billedJw} discarded = ${billedGiven + billedJw} units, above the ${openedTotal} mg labeled in the kits opened: overfill is never billable.`,
          fixLines,
          `${sources.jwjz}; the labeled amount only, never overfill`,
        );
      }
      // JW units that match wasteful kits are reported once, as NOT_LEAST_WASTE.
      const jwFromWastefulKits = notLeastWaste && hasJW && billedJw === openedTotal - given;
      if (discarded >= 1) {
        if (!hasJW && (!dos || dos >= jwRequiredFrom)) {
          add(
            'JW_MISSING',
            'error',
            `${leastTotal} mg opened − ${given} units given = ${discarded} whole units discarded, but no J9207-JW line bills them.`,
            fixLines,
            sources.jwjz,
          );
        }
        if (hasJW && billedJw !== discarded && !jwFromWastefulKits) {
          add(
            'JW_UNITS_MISMATCH',
            'error',
            `J9207-JW bills ${billedJw} units, but ${leastTotal} mg labeled − ${given} units given = ${discarded}.`,
            fixLines,
            sources.jwjz,
          );
        }
        if (hasJZ && !hasJW) {
          add(
            'JZ_WITH_DISCARD',
            'error',
            `JZ says nothing was discarded, but ${discarded} whole units were (${leastTotal} mg − ${given} units).`,
            fixLines,
            sources.jwjz,
          );
        }
      } else {
        if (hasJW && !jwFromWastefulKits) {
          if (leastWasteMg.greaterThan(0)) {
            add(
              'JW_UNDER_ONE_UNIT',
              'error',
              `J9207-JW bills waste of ${mg(leastWasteMg)} (${leastTotal} mg − ${mg(doseMg)}), under one unit: discarded units are rounded down, to 0.`,
              fixLines,
              sources.jwjz,
            );
          } else {
            add(
              'JW_WITHOUT_DISCARD',
              'error',
              `J9207-JW is billed, but the ${mg(doseMg)} given uses the whole ${leastTotal} mg opened: nothing is discarded.`,
              fixLines,
              sources.jwjz,
            );
          }
        }
        if (!hasJZ && !hasJW && (!dos || dos >= jzRequiredFrom)) {
          add(
            'JZ_MISSING',
            'error',
            `No whole unit is discarded (${leastTotal} mg − ${given} units = 0), so the J9207 line must carry JZ.`,
            fixLines,
            sources.jwjz,
          );
        }
      }
    }

    if (doc.discardedMg === undefined && (discarded >= 1 || hasJW)) {
      add(
        'DISCARD_NOT_DOCUMENTED',
        'error',
        'The amount discarded is not documented, and JW units need it in the record (date, time, quantity).',
        `Document the amount discarded: ${leastTotal} mg opened − ${mg(doseMg)} given = ${mg(leastWasteMg)}.`,
        sources.jwjz,
      );
    }
  } else {
    correctedJ9207 = j9207.map((l) => cleanModifiers(l, kxRequired));
    add(
      'DOSE_MISSING',
      'error',
      'The dose given is not documented (in mg, or height, weight and mg/m²), so the J9207 units cannot be checked.',
      'Document the dose given and enter it here.',
      auditSources.documentation,
    );
    if (j9207.length === 0) {
      add(
        'J9207_MISSING',
        'error',
        'No J9207 line is billed on this ixabepilone claim.',
        'Bill J9207 with the units for the documented dose.',
        sources.hcpcs,
      );
    }
    if (doc.discardedMg === undefined && hasJW) {
      add(
        'DISCARD_NOT_DOCUMENTED',
        'error',
        'The amount discarded is not documented, and JW units need it in the record (date, time, quantity).',
        'Document the amount discarded.',
        sources.jwjz,
      );
    }
  }
  if (hasJW && hasJZ) {
    add(
      'JW_AND_JZ',
      'error',
      'JW and JZ are both billed for J9207: one claim never carries both for the same drug.',
      dose.kind === 'dose'
        ? `Bill ${describeLines(correctedJ9207)}.`
        : 'Keep JW if a whole unit was discarded, JZ otherwise.',
      sources.jwjz,
    );
  }

  // --- Codes and modifiers ------------------------------------------------------------------------
  const j9207Fix =
    dose.kind === 'dose' ? `bill ${describeLines(correctedJ9207)}` : 'bill J9207 for the documented dose';
  lines.forEach((line, i) => {
    const n = i + 1;
    const descriptor = confusedCodes[line.hcpcs];
    if (descriptor) {
      add(
        'CONFUSED_CODE',
        'error',
        `Line ${n}: ${line.hcpcs} is "${descriptor}", not ixabepilone (J9207 is "${j9207Descriptor}").`,
        `Remove ${line.hcpcs}; ${j9207Fix}.`,
        auditSources.confusedCodes,
        i,
      );
    } else if (line.hcpcs !== hcpcsCode && !adminCodeSet.has(line.hcpcs)) {
      add(
        'OTHER_CODE',
        'info',
        `Line ${n}: ${line.hcpcs} is neither J9207 nor a chemotherapy administration code; this audit does not check it.`,
        `Check ${line.hcpcs} against its own documentation.`,
        sources.hcpcs,
        i,
      );
    }
    if (line.hcpcs !== hcpcsCode && (has(line, 'JW') || has(line, 'JZ'))) {
      add(
        'JWJZ_ON_OTHER_CODE',
        'error',
        `Line ${n}: JW/JZ report the discarded ixabepilone on J9207 lines, not on ${line.hcpcs}.`,
        `Remove JW/JZ from ${line.hcpcs}; ${j9207Fix}.`,
        sources.jwjz,
        i,
      );
    }
    if (has(line, 'RR')) {
      add(
        'MODIFIER_RR',
        'error',
        `Line ${n}: RR is a DME rental modifier and does not belong on ${line.hcpcs}.`,
        `Remove RR from line ${n}.`,
        auditSources.modifiers,
        i,
      );
    }
    if (has(line, 'KX') && !kxRequired) {
      add(
        'KX_WITHOUT_POLICY',
        'error',
        `Line ${n}: KX ("requirements of medical policy met") is billed, but the claim does not say the payer's policy asks for it.`,
        `Remove KX from line ${n}, or record that the payer's policy requires it.`,
        auditSources.modifiers,
        i,
      );
    }
    if (line.hcpcs === hcpcsCode) {
      for (const m of line.modifiers.filter((mod) => !knownJ9207Modifiers.has(mod))) {
        add(
          'UNKNOWN_MODIFIER',
          'warning',
          `Line ${n}: modifier ${m} is not one J9207 takes here (JW, JZ, JG, TB, or KX by payer policy).`,
          `Check why ${m} is on line ${n}; remove it if it does not apply.`,
          auditSources.modifiers,
          i,
        );
      }
    }
  });
  if (kxRequired && j9207.some((l) => !has(l, 'KX'))) {
    add(
      'KX_MISSING',
      'error',
      "The payer's policy asks for KX, but a J9207 line does not carry it.",
      `Add KX: ${j9207Fix}.`,
      auditSources.modifiers,
    );
  }
  const kinds340B = new Set(j9207.map((l) => (has(l, 'JG') ? 'JG' : has(l, 'TB') ? 'TB' : '')));
  if (kinds340B.size > 1) {
    add(
      'MODIFIER_340B_INCONSISTENT',
      'warning',
      'The J9207 lines differ in their 340B modifier (JG/TB): drug acquired at 340B prices carries it on each line.',
      `Use the same 340B modifier on every J9207 line, or none if the drug was not bought at 340B prices.`,
      auditSources.modifier340B,
    );
  }

  // --- Administration codes against the infusion times --------------------------------------------
  const minutes = infusionMinutes(doc);
  let correctedAdmin = adminBilled.map((l) => cleanModifiers(l, kxRequired));
  if (minutes === undefined) {
    if (adminBilled.length > 0) {
      add(
        'TIMES_MISSING',
        'error',
        'Administration codes are billed, but the infusion start and stop times are not both documented.',
        'Document the infusion start and stop times; the administration codes follow from them.',
        sources.adminCpt,
      );
    }
  } else if (minutes === 0) {
    add(
      'INFUSION_TIMES_INVALID',
      'error',
      `The infusion start and stop times are the same (${doc.infusionStart}), so the infusion time is unknown.`,
      'Correct the documented start and stop times.',
      sources.adminCpt,
    );
  } else {
    if (expected) expected.infusionMinutes = minutes;
    const expectedAdmin = administrationCodes(minutes).map((c) => ({
      hcpcs: c.code,
      modifiers: [],
      units: c.units,
    }));
    correctedAdmin = expectedAdmin;
    const text = describeLines(expectedAdmin);
    if (minutes > maxInfusionMinutes) {
      add(
        'INFUSION_OVER_6_HOURS',
        'warning',
        `${doc.infusionStart} to ${doc.infusionStop} is ${minutes} minutes, longer than the 6 hours within which the infusion must be finished.`,
        'Check the documented start and stop times (a stop before the start counts as the next day).',
        auditSources.infusionWindow,
      );
    }
    if (adminBilled.length === 0) {
      add(
        'ADMIN_CODES_MISSING',
        'warning',
        `The record documents a ${minutes}-minute infusion, but no administration code is billed.`,
        `Bill ${text} if the administration is billed on this claim.`,
        sources.adminCpt,
      );
    } else if (!sameTotals(adminTotals(adminBilled), adminTotals(expectedAdmin))) {
      add(
        'ADMIN_CODES_MISMATCH',
        'error',
        `The administration codes billed (${describeLines(adminBilled)}) do not match the ${minutes}-minute infusion documented (${doc.infusionStart}–${doc.infusionStop}).`,
        `Bill ${text}.`,
        sources.adminCpt,
      );
    }
  }

  // --- Prior authorization --------------------------------------------------------------------------
  const billedTotal = billedGiven + billedJw;
  if (payer.type === 'commercial' && !pa.number) {
    add(
      'PA_MISSING',
      'error',
      'A commercial payer usually requires prior authorization for ixabepilone, and no authorization number is on the claim.',
      'Obtain the authorization (or record that the payer does not require it) and enter its number.',
      auditSources.priorAuth,
    );
  }
  if (dos && pa.validFrom && dos < pa.validFrom) {
    add(
      'PA_NOT_YET_VALID',
      'error',
      `The authorization starts on ${pa.validFrom}, after the date of service ${dos}.`,
      'Ask the payer for an authorization that covers the date of service.',
      auditSources.priorAuth,
    );
  }
  if (dos && pa.validTo && dos > pa.validTo) {
    add(
      'PA_EXPIRED',
      'error',
      `The authorization ended on ${pa.validTo}, before the date of service ${dos}.`,
      'Ask the payer for an authorization that covers the date of service (retro-authorization if the payer allows it).',
      auditSources.priorAuth,
    );
  }
  if (pa.authorizedUnits !== undefined && billedTotal > pa.authorizedUnits) {
    const correctedTotal = sumUnits(correctedJ9207);
    add(
      'PA_UNITS_EXCEEDED',
      'error',
      `${billedTotal} J9207 units are billed (given + discarded), more than the ${pa.authorizedUnits} authorized.`,
      correctedTotal <= pa.authorizedUnits && correctedTotal !== billedTotal
        ? `Correct the units (${correctedTotal} in all fits the authorization).`
        : `Ask the payer to raise the authorization to at least ${Math.max(billedTotal, correctedTotal)} units before submitting.`,
      auditSources.priorAuth,
    );
  }

  // --- Corrected lines ------------------------------------------------------------------------------
  const others = lines
    .filter((l) => l.hcpcs !== hcpcsCode && !adminCodeSet.has(l.hcpcs) && !confusedCodes[l.hcpcs])
    .map((l) => cleanModifiers(l, kxRequired));
  const corrected = [...correctedJ9207, ...correctedAdmin, ...others];

  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  return {
    ok: true,
    clean: !findings.some((f) => f.severity !== 'info'),
    findings,
    billed: lines,
    corrected,
    ...(expected ? { expected } : {}),
  };
}
