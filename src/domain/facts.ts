// Label and billing facts the rules apply, each with its source. Everything here traces to
// shared/reference/j9207.md; nothing is invented.

export const sources = {
  label:
    'IXEMPRA (ixabepilone) US prescribing information, DailyMed set id 241f0b1e-8b95-470d-876f-bf1804daaf18',
  labelDose:
    'IXEMPRA prescribing information, section 2 (Dosage and Administration): 40 mg/m² IV over 3 hours every 3 weeks; BSA above 2.2 m² dosed on 2.2 m²',
  labelHepatic:
    'IXEMPRA prescribing information, section 2: dose adjustments in hepatic impairment (monotherapy table)',
  labelBoxed:
    'IXEMPRA prescribing information, boxed warning and section 4: with capecitabine, contraindicated when AST or ALT > 2.5 × ULN or bilirubin > 1 × ULN',
  labelCounts:
    'IXEMPRA prescribing information, sections 2 and 4: a new cycle only with ANC ≥ 1500 cells/mm³ and platelets ≥ 100,000 cells/mm³',
  labelToxicity:
    "IXEMPRA prescribing information, section 2, Dosage Modifications for Adverse Reactions (Table 1): reduce by 20% or discontinue after the last cycle's toxicities (NCI CTCAE grades)",
  labelRetreatment:
    'IXEMPRA prescribing information, section 2 (re-treatment): withhold a new cycle until non-hematologic toxicities have improved to grade 1 or resolved',
  labelCyp3a4:
    'IXEMPRA prescribing information, section 2: strong CYP3A4 inhibitor → 20 mg/m²; strong CYP3A4 inducer → gradually up to 60 mg/m² over 4 hours',
  labelPreparation:
    'IXEMPRA prescribing information, sections 2 and 16: kits of 15 mg and 45 mg reconstitute to 2 mg/mL; final concentration 0.2–0.6 mg/mL; finish within 6 hours of preparation',
  labelDoseLevels:
    'IXEMPRA prescribing information, section 2: dose levels 40 mg/m²; 32 mg/m² and a further 20% (25.6 mg/m²) for toxicity; 32, 20 (at most 30 later) mg/m² in hepatic impairment; 20 mg/m² with a strong CYP3A4 inhibitor',
  hcpcs: 'HCPCS J9207 "Injection, ixabepilone, 1 mg": one billing unit per 1 mg',
  unitsRoundUp:
    'CMS Claims Processing Manual ch. 17; CMS RAC issue 0074: units for the dose given are rounded up',
  jwjz: 'CMS JW/JZ modifier policy: JW for discarded drug from single-dose containers (rounded down), JZ when none is discarded (required from 1 July 2023)',
  leastWaste: 'CMS discarded-drug policy: bill the least-waste combination of vials that covers the dose',
  adminCpt:
    'CPT 96409/96413/96415: push ≤ 15 min; 96413 up to 1 hour; +96415 per additional hour, counted beyond 30 minutes past the last hour',
  bsaFormulas:
    'BSA formulas as published (Mosteller 1987, Du Bois 1916, Haycock 1978, Gehan & George 1970, Boyd 1935)',
  vialRounding:
    'HOPA dose-rounding position (endorsed by NCCN): rounding to the nearest vial within 5–10% is an institutional policy',
  bmi: 'Plausibility check: a BMI below 12 or above 70 kg/m² is most often a unit mix-up (cm/in, kg/lb)',
  reweigh: 'Dose-rounding practice: recalculate BSA when weight changes by 10% or more (adults)',
} as const;

/** Label dose, mg/m². */
export const labelDoseMgPerM2 = 40;
/** Highest dose the label allows (with a strong CYP3A4 inducer), mg/m². */
export const maxDoseMgPerM2 = 60;
/** The label's BSA cap, m². */
export const bsaCapM2 = '2.2';
/** Kit strengths, mg (labeled amounts: overfill is never billable). */
export const kitStrengthsMg = [15, 45] as const;
/** Diluent supplied per kit, mL (15 mg → 8 mL; 45 mg → 23.5 mL). */
export const diluentMlByKitMg: Readonly<Record<number, string>> = { 15: '8', 45: '23.5' };
/** Reconstituted concentration, mg/mL. */
export const reconstitutedMgPerMl = 2;
/** Final infusion concentration limits, mg/mL. */
export const finalMgPerMlMin = '0.2';
export const finalMgPerMlMax = '0.6';
/** Reconstituted solution may stay in the vial up to this long, minutes. */
export const reconstitutedVialMinutes = 60;
/** The infusion must be finished within this long of preparation, minutes. */
export const finishWithinMinutesOfPreparation = 360;
/** Label infusion time, minutes (4 hours with a strong CYP3A4 inducer at up to 60 mg/m²). */
export const labelInfusionMinutes = 180;
export const inducerInfusionMinutes = 240;
/** Counts needed before a cycle, per mm³. */
export const minAncPerMm3 = 1500;
export const minPlateletsPerMm3 = 100_000;
/** Label dose-modification table (section 2, Table 1): a reduction takes 20% off the level in use. */
export const toxicityReductionFactor = '0.8';
/** Days a neuropathy or an ANC below 500/mm³ must last to count in the table. */
export const toxicityDays = 7;
export const toxicityAncPerMm3 = 500;
export const toxicityPlateletsPerMm3 = 25_000;
export const toxicityPlateletsWithBleedingPerMm3 = 50_000;
/** Dose with a strong CYP3A4 inhibitor, mg/m². */
export const inhibitorDoseMgPerM2 = 20;

/** Exact conversion factors. */
export const cmPerInch = '2.54';
export const kgPerPound = '0.45359237';

/** Accepted input ranges (after conversion). */
export const limits = {
  heightCm: { min: 50, max: 250 },
  weightKg: { min: 20, max: 350 },
  doseMgPerM2: { max: 60 },
  infusionMinutes: { min: 1, max: 1440 },
  bmi: { min: 12, max: 70 },
} as const;

export const hcpcsCode = 'J9207';
