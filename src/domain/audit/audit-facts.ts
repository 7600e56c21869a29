// Billing facts the audit applies, each with its source in shared/reference/j9207.md. Nothing
// here is invented: the confused-code descriptors are copied from the reference's table.

export const auditSources = {
  confusedCodes:
    'shared/reference/j9207.md, "Codes that get confused with J9207 (true descriptors)" (HCPCS Level II descriptors)',
  modifiers:
    'shared/reference/j9207.md, Billing: KX only where a payer policy asks for it; RR is a DME rental modifier and does not belong on a J9207 line',
  modifier340B:
    'shared/reference/j9207.md, Billing: 340B JG (or TB) on each separately payable line, beside JW/JZ',
  priorAuth:
    'shared/reference/j9207.md, denial reasons: prior authorization missing, expired, or not covering the date of service (commercial payers especially)',
  documentation:
    'shared/reference/j9207.md, documentation a claim needs: date of administration, dose, amount discarded, infusion start/stop times',
  infusionWindow:
    'IXEMPRA prescribing information, section 2: the infusion must be finished within 6 hours of preparation',
  revenue:
    'shared/reference/j9207.md, Payment (Medicare Part B): payment limit per unit from the CMS quarterly ASP file; 20% Part B coinsurance; 2% sequestration on the Medicare portion after coinsurance',
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

/** Medicare Part B coinsurance, percent of the allowed amount. */
export const partBCoinsurancePercent = 20;
/** Sequestration, percent of the Medicare portion after coinsurance. */
export const sequestrationPercent = 2;
