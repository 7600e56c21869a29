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
    'CMS quarterly ASP pricing file, "Payment Limit" column (106% of ASP per unit, Medicare Part B): a limit prices only claims whose date of service falls in its quarter; 20% Part B coinsurance; sequestration on the Medicare portion after coinsurance',
  payerJwJz:
    "CMS JW/JZ modifier policy FAQ: the JW/JZ requirement is Medicare's; Medicaid and commercial payers follow their own policy",
  doseMax:
    'IXEMPRA prescribing information, section 2: 40 mg/m² (up to 60 mg/m² with a strong CYP3A4 inducer); a patient with BSA above 2.2 m² is dosed on 2.2 m²',
  codeEffective:
    'CMS HCPCS Level II annual file: J9207 "Injection, ixabepilone, 1 mg" effective 1 January 2009 (confirm in the CMS HCPCS file; not in the app\'s reference)',
  duplicate:
    'CMS Medicare Claims Processing Manual, ch. 1: a second claim for the same service and date is rejected or denied as a duplicate',
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

/**
 * First date of service J9207 can be billed for. Not in the reference: the HCPCS annual update
 * that added J9207 took effect on 1 January 2009 (confirm in the CMS HCPCS file).
 */
export const j9207EffectiveFrom = '2009-01-01';

/** Medicare Part B coinsurance, percent of the allowed amount. */
export const partBCoinsurancePercent = 20;
/** Sequestration from 1 Jul 2022 on, percent of the Medicare portion after coinsurance. */
export const sequestrationPercent = 2;

/** A sequestration rate and the dates of service it covers (inclusive; `to` open-ended when absent). */
export type SequestrationPeriod = { from: string; to?: string; percent: number; source: string };

/**
 * Medicare sequestration by date of service (shared/reference/j9207.md, "Payment (Medicare Part B)").
 * Before 1 April 2013 there was none.
 */
export const sequestrationPeriods: readonly SequestrationPeriod[] = [
  {
    from: '2013-04-01',
    to: '2020-04-30',
    percent: 2,
    source: 'Budget Control Act of 2011: 2% payment reduction on Medicare claims from 1 April 2013',
  },
  {
    from: '2020-05-01',
    to: '2022-03-31',
    percent: 0,
    source:
      'CARES Act §3709 and later extensions: the 2% reduction suspended from 1 May 2020 to 31 March 2022',
  },
  {
    from: '2022-04-01',
    to: '2022-06-30',
    percent: 1,
    source:
      'Protecting Medicare and American Farmers from Sequester Cuts Act: 1% from 1 April to 30 June 2022',
  },
  {
    from: '2022-07-01',
    percent: sequestrationPercent,
    source:
      'Protecting Medicare and American Farmers from Sequester Cuts Act: the full 2% again from 1 July 2022',
  },
];
