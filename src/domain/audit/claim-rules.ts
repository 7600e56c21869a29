// Claim-level checks: the date of service (documented, not before J9207 existed, not after the
// audit date) and the prior authorization (complete, covering the date and the units).
import { auditSources, j9207EffectiveFrom } from './audit-facts';
import type { AddFinding } from './findings';
import type { NormalizedClaim } from './read-claim';
import type { AuditOptions } from './types';

export function dateRules(dos: string | undefined, options: AuditOptions, add: AddFinding): void {
  if (!dos) {
    add(
      'DOS_MISSING',
      'error',
      'The date of service is not documented, so the JW/JZ dates and the authorization cannot be checked.',
      'Document the date of administration and enter it on the claim.',
      auditSources.documentation,
    );
    return;
  }
  if (dos < j9207EffectiveFrom) {
    add(
      'DOS_BEFORE_CODE',
      'error',
      `The date of service ${dos} is before J9207 could be billed (from ${j9207EffectiveFrom}).`,
      'Check the date of service in the record (a typing error?).',
      auditSources.codeEffective,
    );
  }
  if (options.auditDate && dos > options.auditDate) {
    add(
      'DOS_AFTER_AUDIT_DATE',
      'error',
      `The date of service ${dos} is after the audit date ${options.auditDate}: a claim bills drug already given.`,
      'Check the date of service in the record (a typing error?).',
      auditSources.documentation,
    );
  }
}

export function priorAuthRules(
  claim: NormalizedClaim,
  billedTotal: number,
  correctedTotal: number,
  add: AddFinding,
): void {
  const { priorAuth: pa, payer } = claim;
  const dos = claim.dateOfService;
  if (payer.type === 'commercial' && !pa.number) {
    add(
      'PA_MISSING',
      'error',
      'A commercial payer usually requires prior authorization for ixabepilone, and no authorization number is on the claim.',
      'Obtain the authorization (or record that the payer does not require it) and enter its number.',
      auditSources.priorAuth,
    );
  }
  if (pa.number) {
    const missing = [
      ...(pa.validFrom ? [] : ['the date it starts']),
      ...(pa.validTo ? [] : ['the date it ends']),
      ...(pa.authorizedUnits === undefined ? ['the units authorized'] : []),
    ];
    if (missing.length > 0) {
      add(
        'PA_INCOMPLETE',
        'warning',
        `Authorization ${pa.number} is on the claim without ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')}, so it cannot be checked against the date of service and the units.`,
        'Enter the authorization’s dates and units from the payer’s approval.',
        auditSources.priorAuth,
      );
    }
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
}
