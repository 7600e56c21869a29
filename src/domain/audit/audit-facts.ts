// Billing facts the audit applies, each with the document it comes from (docs/reference.md).
// Nothing here is invented: the confused-code descriptors are copied from the reference's table.

export const auditSources = {
  confusedCodes:
    'HCPCS Level II code descriptors (CMS quarterly HCPCS file): the true descriptors of codes often confused with J9207',
  modifiers:
    'HCPCS Level II modifier descriptors (CMS quarterly HCPCS file): KX only where a payer policy asks for it; RR is a DME rental modifier and does not belong on a J9207 line',
  modifier340B:
    'CMS 340B modifier instructions for Part B drugs (JG, or TB informational): on each separately payable line, beside JW/JZ',
  priorAuth:
    "The payer's prior-authorization policy (commercial payers especially): a denial when the authorization is missing, expired, or does not cover the date of service",
  documentation:
    'CMS Claims Processing Manual, ch. 17, §40 (amount discarded documented in the record) and the CPT chemotherapy administration guidelines (infusion start and stop times)',
  infusionWindow:
    'IXEMPRA prescribing information, section 2.6 (preparation and administration): the infusion must be finished within 6 hours of preparation',
  revenue:
    'CMS quarterly ASP pricing file (Payment Limit column, 106% of ASP per unit); Medicare Part B 20% coinsurance; 2% sequestration on the Medicare portion after coinsurance',
} as const;

/** Codes often billed in place of J9207, with their true HCPCS descriptors (reference table). */
export const confusedCodes: Readonly<Record<string, string>> = {
  J9371: 'Injection, vincristine sulfate liposome, 1 mg',
  J9261: 'Injection, nelarabine, 50 mg',
  J9262: 'Injection, omacetaxine mepesuccinate, 0.01 mg',
  J9217: 'Leuprolide acetate (for depot suspension), 7.5 mg',
  Q5107: 'Injection, bevacizumab-awwb, biosimilar (Mvasi), 10 mg',
};

export const j9207Descriptor = 'Injection, ixabepilone, 1 mg';

/** Chemotherapy administration codes (CPT) the audit checks against the infusion times. */
export const adminCodeSet: ReadonlySet<string> = new Set(['96409', '96413', '96415']);

/** Modifiers the audit knows on a J9207 line. */
export const knownJ9207Modifiers: ReadonlySet<string> = new Set(['JW', 'JZ', 'JG', 'TB', 'KX', 'RR']);

/** JW required for discarded drug from this date (CMS). */
export const jwRequiredFrom = '2017-01-01';
/** JZ required when nothing is discarded from this date (CMS). */
export const jzRequiredFrom = '2023-07-01';

/** The infusion must be finished within 6 hours of preparation (label), minutes. */
export const maxInfusionMinutes = 360;

/** Medicare Part B coinsurance, percent of the allowed amount. */
export const partBCoinsurancePercent = 20;
/** Sequestration, percent of the Medicare portion after coinsurance. */
export const sequestrationPercent = 2;
