// Public entry of the calculation core. Outside checks call these names: add, never rename.

export { auditClaim } from './audit/audit-claim';
export { auditSources, confusedCodes } from './audit/audit-facts';
export {
  type AuditCsvColumn,
  auditCsvColumns,
  type CsvRecord,
  type CsvRowRead,
  claimFromCsvRecord,
  missingColumns,
  normalizeHeader,
  parseBilledLines,
} from './audit/csv-row';
export { describeLine, describeLines, lineDiff } from './audit/lines';
export {
  formatUsd,
  medicareRevenue,
  medicareRevenueTotals,
  type PaymentSplit,
  type PricedLine,
  type Revenue,
  type RevenueResult,
  type RevenueTotals,
} from './audit/revenue';
export type * from './audit/types';
export { administeredUnits, administrationCodes, claimLines } from './billing';
export { bodySurfaceArea, bsaFormulaInfo, bsaFormulas, isBsaFormula } from './bsa';
export { calculate } from './calculate';
export { hepaticDoseMgPerM2 } from './checks';
export {
  breastDiagnosisCode,
  type ClaimForm,
  type ClaimNdcQualifier,
  claimSources,
  type Diagnosis,
  type DiagnosisCodeParse,
  drugRevenueCode,
  formatModifiers,
  type KitNdc,
  type NdcLine,
  officePlaceOfService,
  type SiteOfCare,
  type SuggestedClaim,
  type SuggestedClaimInput,
  type SuggestedLine,
  suggestedClaim,
} from './claim';
export { atMost, clinicalMaxDecimals, clinicalNumbers } from './clinical-text';
export {
  bagLine,
  type ChecklistItem,
  type DocumentationInput,
  type DoubleCheckNote,
  documentationChecklist,
  documentationNote,
  doubleCheckLines,
  labsNotEntered,
  type PreparationTimes,
  timeLines,
} from './documentation';
export { calculatedDose, maxDose, vialRoundedDose } from './dose';
export {
  type CauseKind,
  type ComparedField,
  type ComparedValue,
  compareDoubleCheck,
  type DifferenceCause,
  type DoubleCheckComparison,
  type DoubleCheckEntry,
  type DoubleCheckFailure,
  type DoubleCheckResult,
  type EntryComparison,
  type EntryField,
  type Side,
  type TypoKind,
  typoBetween,
  type UnitMixUp,
} from './double-check';
export * as facts from './facts';
export { sources } from './facts';
export { type HoldStatus, holdLabel, holdStatus } from './hold';
export { infusionPlan } from './infusion-bag';
export {
  type ClockTime,
  formatDuration,
  type InfusionTimeResult,
  infusionMinutesBetween,
  parseClockTime,
} from './infusion-time';
export { multipleOfUln } from './lab-ratio';
export { labelLevelText, supportedDoses, supportedDoseText } from './label-levels';
export { formatN4, type NdcParse, type NdcUnitQualifier, normalizeNdc } from './ndc';
export {
  checkTiming,
  type Deadline,
  formatClockTime,
  type TimingField,
  type TimingInput,
  type TimingResult,
  type TimingSuccess,
  timingSources,
} from './timing';
export type * from './types';
export { chooseVials, describeVials, labeledTotalMg, vialCount } from './vials';
