// auditClaim(): checks a J9207 claim against its documentation — units for the dose, JW/JZ and the
// discarded amount (by payer and date), least-waste kits, codes and modifiers, administration
// codes against the infusion times, the date of service, prior authorization — and gives each
// finding its fix and the corrected lines. Pure: reads no clock (the audit date is a parameter);
// never throws on any input. The rule families live beside it (*-rules.ts).

import { hcpcsCode, sources } from '../facts';
import { adminRules } from './admin-rules';
import { adminCodeSet, auditSources, confusedCodes } from './audit-facts';
import { dateRules, priorAuthRules } from './claim-rules';
import { cleanModifiers, codeRules } from './code-rules';
import { doseChecks, resolveDose } from './dose-rules';
import { findingCollector, has, sameLines, sumUnits } from './findings';
import { j9207Rules } from './jwjz-rules';
import { describeLines } from './lines';
import { isIsoDate, readClaim } from './read-claim';
import type { AuditExpected, AuditOptions, AuditResult, AuditSeverity, BilledLine } from './types';

const severityRank: Record<AuditSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Audits one J9207 claim against its documentation.
 *
 * Unreadable input (not an object, a unit that is not a whole number, a date that is not a date…)
 * returns `{ ok: false, errors }`; missing documentation is a finding. Severity: error = the lines
 * as billed are wrong or unsupported (denial or overpayment); warning = the record or claim needs a
 * check; info = a note. `clean` = the corrected lines equal the billed lines and no error or
 * warning; every corrected line that differs comes with a finding marked `changesLines`.
 *
 * @example
 * auditClaim({ dateOfService: '2026-11-27', payer: { type: 'medicare' },
 *   documentation: { doseMg: 72.8, kits: [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 2 }], discardedMg: 2.2 },
 *   lines: [{ hcpcs: 'J9207', modifiers: [], units: 73 }] }, { auditDate: '2026-11-29' })
 * //=> ok: true, clean: false, findings: [JW_MISSING: "Bill J9207 × 73 and J9207-JW × 2.", …]
 */
export function auditClaim(raw: unknown, options: AuditOptions = {}): AuditResult {
  const read = readClaim(raw);
  if (!read.ok) return read;
  if (options.auditDate !== undefined && !isIsoDate(options.auditDate)) {
    return {
      ok: false,
      errors: [{ field: 'auditDate', message: 'The audit date must be a real date, YYYY-MM-DD.' }],
    };
  }
  const claim = read.claim;
  const dose = resolveDose(claim.documentation);
  if (dose.kind === 'error') return { ok: false, errors: dose.errors };

  const { documentation: doc, lines, payer } = claim;
  const { findings, add } = findingCollector();
  const j9207 = lines.filter((l) => l.hcpcs === hcpcsCode);
  const kxRequired = payer.kxRequired;

  dateRules(claim.dateOfService, options, add);

  // --- Dose, kits, units, JW/JZ -----------------------------------------------------------------
  let expected: AuditExpected | undefined;
  let correctedJ9207: BilledLine[];
  if (dose.kind === 'dose') {
    doseChecks(doc, dose, add);
    const outcome = j9207Rules(claim, dose.doseMg, add);
    correctedJ9207 = outcome.corrected;
    expected = {
      ...outcome.expected,
      doseSource: dose.source,
      ...(dose.work ? { doseWork: dose.work } : {}),
    };
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
    if (
      j9207.some((l) => has(l, 'JW') && has(l, 'JZ')) ||
      (j9207.some((l) => has(l, 'JW')) && j9207.some((l) => has(l, 'JZ')))
    ) {
      add(
        'JW_AND_JZ',
        'error',
        'JW and JZ are both billed for J9207: one claim never carries both for the same drug.',
        'Keep JW if a whole unit was discarded, JZ otherwise.',
        sources.jwjz,
      );
    }
    if (doc.discardedMg === undefined && j9207.some((l) => has(l, 'JW'))) {
      add(
        'DISCARD_NOT_DOCUMENTED',
        'error',
        'The amount discarded is not documented, and JW units need it in the record (date, time, quantity).',
        'Document the amount discarded.',
        sources.jwjz,
      );
    }
  }

  // --- Codes and modifiers, administration, authorization ------------------------------------------
  const j9207Fix =
    dose.kind === 'dose' ? `bill ${describeLines(correctedJ9207)}` : 'bill J9207 for the documented dose';
  codeRules(lines, kxRequired, j9207Fix, dose.kind === 'dose', add);

  const adminBilled = lines.filter((l) => adminCodeSet.has(l.hcpcs));
  const admin = adminRules(
    doc,
    adminBilled,
    adminBilled.map((l) => cleanModifiers(l, kxRequired)),
    add,
  );
  if (expected && admin.minutes !== undefined) expected.infusionMinutes = admin.minutes;

  priorAuthRules(claim, sumUnits(j9207), sumUnits(correctedJ9207), add);

  // --- Corrected lines and the verdict --------------------------------------------------------------
  const others = lines
    .filter((l) => l.hcpcs !== hcpcsCode && !adminCodeSet.has(l.hcpcs) && !confusedCodes[l.hcpcs])
    .map((l) => cleanModifiers(l, kxRequired));
  const corrected = [...correctedJ9207, ...admin.corrected, ...others];
  const linesMatch = sameLines(lines, corrected);

  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  return {
    ok: true,
    clean: linesMatch && !findings.some((f) => f.severity !== 'info'),
    linesMatch,
    ...(claim.dateOfService ? { dateOfService: claim.dateOfService } : {}),
    payer: payer.type,
    findings,
    billed: lines,
    corrected,
    ...(expected ? { expected } : {}),
  };
}
