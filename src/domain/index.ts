// Public entry of the calculation core. Outside checks call these names: add, never rename.

export { auditClaim } from './audit/audit-claim';
export {
  auditSources,
  confusedCodes,
  j9207EffectiveFrom,
  type SequestrationPeriod,
  sequestrationPeriods,
} from './audit/audit-facts';
export {
  type AuditCsvColumn,
  auditCsvColumns,
  type CsvRecord,
  type CsvRowRead,
  claimFromCsvRecord,
  headerProblem,
  missingColumns,
  normalizeHeader,
  parseBilledLines,
} from './audit/csv-row';
export { labelMaxDoseMg } from './audit/dose-rules';
export { type DuplicateGroup, duplicateFinding, findDuplicates } from './audit/duplicates';
export { sameLines } from './audit/findings';
export { type ModifierRule, modifierRule } from './audit/jwjz-rules';
export { describeLine, describeLines, lineDiff } from './audit/lines';
export {
  type ClaimPricingFacts,
  type ClaimRevenue,
  formatLimit,
  formatUsd,
  lineRounding,
  medicareRevenue,
  type PaymentSplit,
  type PricedLine,
  priceClaim,
  type QuarterLimitInput,
  quarterOf,
  type Revenue,
  type RevenueResult,
  readQuarterLimits,
  sequestrationOn,
} from './audit/revenue';
export {
  type BatchClaim,
  type BatchRevenue,
  batchRevenue,
  medicareRevenueTotals,
  type RevenueTotals,
} from './audit/revenue-batch';
export {
  type ClaimSegment,
  type ClaimSegments,
  claimSegments,
  type SegmentGroup,
  type SegmentInput,
  type SegmentQualifier,
  segmentsText,
} from './audit/segments';
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
  type ClockTime,
  type ClockTimeRead,
  clockMinutes,
  clockTimeOfDate,
  minutesBetween,
  parseClockTime,
  readClockTime,
} from './clock-time';
export { cycleDayLines } from './cycle-day-note';
export {
  bagLine,
  type DocumentationInput,
  type DoubleCheckNote,
  documentationNote,
  doubleCheckLines,
  labsNotEntered,
  type PreparationTimes,
  timeLines,
} from './documentation';
export { type ChecklistItem, documentationChecklist } from './documentation-checklist';
export { calculatedDose, maxDose, vialRoundedDose } from './dose';
export { doseBelowLevelsCheck, labelDoseLevelsMgPerM2, lowestSupportedDoseMgPerM2 } from './dose-levels';
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
export { type HoldStatus, holdKindOf, holdLabel, holdStatus, holdWording } from './hold';
export { infusionPlan } from './infusion-bag';
export {
  formatDuration,
  type InfusionTimeResult,
  infusionMinutesBetween,
  infusionTimesCheck,
  longestInfusionMinutes,
} from './infusion-time';
export { notLeastWastePrompt } from './kits-opened';
export { multipleOfUln } from './lab-ratio';
export { labelLevelText, supportedDoses, supportedDoseText } from './label-levels';
export {
  type Conversion,
  convertMeasurement,
  describeFeetInches,
  type FeetInches,
  feetInchesAsUnit,
  feetInchesHint,
  type MeasurementUnit,
  measurementExamples,
  measurementFormatMessage,
  parseFeetInches,
} from './measurement-units';
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
export {
  type ObservationField,
  type ToxicityObservations,
  toxicityFromObservations,
} from './toxicity';
export type * from './types';
export {
  allKitSizesMg,
  chooseVials,
  describeKitSizes,
  describeVials,
  labeledTotalMg,
  vialCount,
} from './vials';
