// Public shapes of the coder's audit: a claim as the record documents it and as it was billed,
// and the findings with their fixes. Extend only by adding optional fields.
import type { BsaFormula, FieldError, HeightUnit, KitStrengthMg, VialCount, WeightUnit } from '../types';

export type PayerType = 'medicare' | 'medicaid' | 'commercial' | 'other';
export type AuditSeverity = 'error' | 'warning' | 'info';

/** One billed line: a HCPCS or CPT code, its modifiers and units. */
export type BilledLine = { hcpcs: string; modifiers: string[]; units: number };

/** What the medical record documents for the administration. */
export type ClaimDocumentation = {
  /** Dose given, mg. Takes precedence over height/weight/mg/m². */
  doseMg?: number;
  /** Height, weight and ordered mg/m²: the dose is worked out with `calculate` (default policy). */
  height?: { value: number; unit: HeightUnit };
  weight?: { value: number; unit: WeightUnit };
  doseMgPerM2?: number;
  bsaFormula?: BsaFormula;
  /** Kits opened, by labeled strength (15 or 45 mg). */
  kits?: VialCount[];
  /** Amount discarded, mg, as documented. */
  discardedMg?: number;
  /** Kit sizes documented as on hand (e.g. [45] in a 15 mg stock-out): least waste is judged among them; both when absent. */
  kitsAvailableMg?: KitStrengthMg[];
  /** Infusion start and stop, 24-hour "HH:MM" on the date of service (a stop before the start is the next day). */
  infusionStart?: string;
  infusionStop?: string;
};

export type PriorAuthorization = {
  number?: string;
  /** Inclusive dates, "YYYY-MM-DD". */
  validFrom?: string;
  validTo?: string;
  authorizedUnits?: number;
};

export type AuditClaim = {
  /** Date of service, "YYYY-MM-DD": the audit's only clock. */
  dateOfService?: string;
  payer: {
    type: PayerType;
    /** The payer's policy asks for KX on this drug (the claim says so; the audit never guesses). */
    kxRequired?: boolean;
    /**
     * The payer's policy asks for JW/JZ (the claim says so). Medicare always does; for other
     * payers, without this the audit notes "check the payer's policy" and keeps what was billed.
     */
    jwJzRequired?: boolean;
  };
  documentation?: ClaimDocumentation;
  lines: BilledLine[];
  priorAuth?: PriorAuthorization;
};

export type AuditFindingCode =
  | 'DOS_MISSING'
  | 'DOSE_MISSING'
  | 'DOSE_DIFFERS_FROM_ORDER'
  | 'J9207_MISSING'
  | 'UNITS_NOT_ROUNDED_UP'
  | 'UNITS_ABOVE_DOSE'
  | 'JW_UNITS_MISMATCH'
  | 'OVERFILL_BILLED'
  | 'JW_UNDER_ONE_UNIT'
  | 'JW_WITHOUT_DISCARD'
  | 'JW_MISSING'
  | 'JZ_MISSING'
  | 'JZ_WITH_DISCARD'
  | 'JW_AND_JZ'
  | 'JWJZ_ON_OTHER_CODE'
  | 'KITS_DONT_COVER_DOSE'
  | 'NOT_LEAST_WASTE'
  | 'DISCARD_NOT_DOCUMENTED'
  | 'DISCARD_DOC_MISMATCH'
  | 'CONFUSED_CODE'
  | 'OTHER_CODE'
  | 'MODIFIER_RR'
  | 'KX_WITHOUT_POLICY'
  | 'KX_MISSING'
  | 'UNKNOWN_MODIFIER'
  | 'MODIFIER_340B_INCONSISTENT'
  | 'TIMES_MISSING'
  | 'INFUSION_TIMES_INVALID'
  | 'INFUSION_OVER_6_HOURS'
  | 'ADMIN_CODES_MISMATCH'
  | 'ADMIN_CODES_MISSING'
  | 'PA_MISSING'
  | 'PA_NOT_YET_VALID'
  | 'PA_EXPIRED'
  | 'PA_UNITS_EXCEEDED'
  | 'PA_INCOMPLETE'
  | 'JWJZ_PAYER_POLICY'
  | 'JW_NOT_YET_REQUIRED'
  | 'JZ_NOT_YET_REQUIRED'
  | 'DOSE_ABOVE_LABEL_MAX'
  | 'DOS_BEFORE_CODE'
  | 'DOS_AFTER_AUDIT_DATE'
  | 'KITS_NOT_DOCUMENTED'
  | 'ADMIN_NOT_DOCUMENTED'
  | 'DUPLICATE_CLAIM';

export type AuditFinding = {
  code: AuditFindingCode;
  severity: AuditSeverity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do, e.g. "Bill J9207 × 73 and J9207-JW × 2." */
  fix: string;
  /** The rule's source. */
  source: string;
  /** Index of the billed line the finding is about, when it is about one. */
  lineIndex?: number;
  /** True when the finding is the reason a corrected line differs from the billed ones. */
  changesLines?: boolean;
};

/** Options of one audit. The audit reads no clock: the caller gives the audit date. */
export type AuditOptions = {
  /** "YYYY-MM-DD": a date of service after it is implausible. */
  auditDate?: string;
};

/** What the documentation supports, with the numbers behind it. */
export type AuditExpected = {
  /** Dose given, mg, exact decimal string. */
  doseMg: string;
  doseSource: 'documented' | 'worked-out';
  /** "40 mg/m² × 1.82 m² = 72.8 mg" when worked out. */
  doseWork?: string;
  administeredUnits: number;
  discardedUnits: number;
  /** Least-waste kits for the dose. */
  kits: VialCount[];
  labeledTotalMg: number;
  /** Infusion minutes from the documented start and stop. */
  infusionMinutes?: number;
  /** False when the kits opened are not documented: `kits` are then only the least-waste kits. */
  kitsDocumented?: boolean;
};

export type AuditSuccess = {
  ok: true;
  /**
   * The corrected lines equal the billed lines and no error or warning is found (info findings
   * are notes). Never true while the corrected lines differ from the billed ones.
   */
  clean: boolean;
  /** The corrected lines equal the billed lines (same codes, modifiers and units, in any order). */
  linesMatch?: boolean;
  /** The claim's date of service and payer, as read (for pricing and duplicates). */
  dateOfService?: string;
  payer?: PayerType;
  findings: AuditFinding[];
  billed: BilledLine[];
  /** The lines the documentation supports (billed lines the audit does not check stay as billed). */
  corrected: BilledLine[];
  /** Undefined when no dose is documented. */
  expected?: AuditExpected;
};

export type AuditFailure = { ok: false; errors: FieldError[] };
export type AuditResult = AuditSuccess | AuditFailure;

export type LineDiffStatus = 'same' | 'changed' | 'added' | 'removed';
export type LineDiffRow = { status: LineDiffStatus; billed?: BilledLine; corrected?: BilledLine };
