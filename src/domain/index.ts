// Public entry of the calculation core. Outside checks call these names: add, never rename.
export { administeredUnits, administrationCodes, claimLines } from './billing';
export { bodySurfaceArea, bsaFormulaInfo, bsaFormulas, isBsaFormula } from './bsa';
export { calculate } from './calculate';
export { hepaticDoseMgPerM2 } from './checks';
export { calculatedDose, maxDose, vialRoundedDose } from './dose';
export * as facts from './facts';
export { sources } from './facts';
export { formatN4, type NdcParse, type NdcUnitQualifier, normalizeNdc } from './ndc';
export type * from './types';
export { chooseVials, describeVials, labeledTotalMg, vialCount } from './vials';
