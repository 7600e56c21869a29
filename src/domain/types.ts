// The public contract of the calculation core. Outside checks call `calculate` with these
// shapes: extend only by adding optional fields, never by renaming.

export type HeightUnit = 'cm' | 'in';
export type WeightUnit = 'kg' | 'lb';
export type Regimen = 'monotherapy' | 'with-capecitabine';
export type BsaFormula = 'mosteller' | 'dubois' | 'haycock' | 'gehan-george' | 'boyd';
export type Modifier340B = 'JG' | 'TB';
/** Labeled kit strengths, mg. */
export type KitStrengthMg = 15 | 45;

/** What happened since the last cycle, for the label's dose-modification table. */
export type ToxicityInput = {
  /** The last cycle's dose level, mg/m². */
  previousDoseMgPerM2: number;
  /** Worst peripheral neuropathy grade (NCI CTCAE). */
  neuropathyGrade?: 0 | 1 | 2 | 3 | 4;
  /** The neuropathy lasted 7 days or more (needed for grade 2 and 3). */
  neuropathy7DaysOrMore?: boolean;
  neuropathyDisabling?: boolean;
  /** Any other grade 3 toxicity, outside the label's exceptions (transient arthralgia/myalgia, transient fatigue, grade 3 hand-foot syndrome). */
  otherGrade3?: boolean;
  anyGrade4?: boolean;
  neutrophilsBelow500For7Days?: boolean;
  febrileNeutropenia?: boolean;
  plateletsBelow25k?: boolean;
  plateletsBelow50kWithBleeding?: boolean;
  /** Non-hematologic toxicities recovered to grade 1 or less; false → NOT_RECOVERED (withhold). */
  nonhematologicRecovered?: boolean;
};

/** The toxicity assessment: the label-supported dose level (null: discontinue) and why. */
export type ToxicityAssessment = { supportedDoseMgPerM2: number | null; reasons: string[] };

export type Policy = {
  /** 2: BSA rounded half-up to 0.01 m² before dosing (default); null: unrounded. */
  bsaDecimals?: 2 | null;
  /** Dose rounded half-up to this many decimals of a mg (default 1). */
  doseDecimals?: 0 | 1 | 2;
  /** Round to the nearest vial total within this percentage (default 0 = off). */
  vialRoundingPercent?: 0 | 5 | 10;
};

export type Labs = {
  astXUln?: number;
  altXUln?: number;
  bilirubinXUln?: number;
  /** Absolute neutrophil count, cells/mm³. */
  anc?: number;
  /** Platelets, per mm³. */
  platelets?: number;
};

export type CalculationInput = {
  height: { value: number; unit: HeightUnit };
  weight: { value: number; unit: WeightUnit };
  doseMgPerM2: number;
  regimen?: Regimen;
  bsaFormula?: BsaFormula;
  policy?: Policy;
  labs?: Labs;
  strongCyp3a4Inhibitor?: boolean;
  strongCyp3a4Inducer?: boolean;
  infusionMinutes?: number;
  /**
   * Infusion start and stop as typed ("HH:MM", 24-hour): the infusion minutes are worked out from
   * them (next-day rule) in place of `infusionMinutes`, and times that cannot be right are a stop.
   */
  infusionTimes?: { start: string; stop: string };
  /** Drug acquired at 340B prices: JG (or TB) is added to each J9207 line. */
  modifier340B?: Modifier340B;
  /** Weight at the last BSA calculation; a change of 10% or more raises WEIGHT_CHANGE. */
  previousWeight?: { value: number; unit: WeightUnit };
  /** Kit sizes on hand (default both): the least-waste kits are chosen among them. */
  kitSizesMg?: KitStrengthMg[];
  /** Kits actually opened, by labeled strength: the discarded units and JW/JZ come from them. */
  kitsOpened?: { strengthMg: KitStrengthMg; count: number }[];
  /** The last cycle's dose and toxicities: the label's dose-modification table. */
  toxicity?: ToxicityInput;
};

export type FieldError = { field: string; message: string };

export type Severity = 'info' | 'warning' | 'stop';

/**
 * Who resolves a stop: the prescriber (clinical stops, the default), the two nurses of the double
 * check, whoever prepares the dose again (expired solution), a report (infusion finished past the
 * label's limit), or whoever entered the times (times that cannot be right).
 */
export type HoldKind = 'prescriber' | 'second-check' | 'prepare-again' | 'report' | 'check-times';

export type Check = {
  code: string;
  severity: Severity;
  message: string;
  /** Where the rule comes from. */
  source?: string;
  /** For a stop: who resolves it (see HoldKind); the prescriber when absent. */
  holdKind?: HoldKind;
};

export type ClaimLine = { hcpcs: string; modifiers: string[]; units: number };
export type AdminCode = { code: string; units: number };
export type VialCount = { strengthMg: number; count: number };

/** One step of the working, for "show the work". */
export type Step = {
  id: string;
  title: string;
  /** The arithmetic with its numbers, e.g. "√(170 cm × 70 kg ÷ 3600) = 1.8181… m²". */
  expression: string;
  /** The value this step produced, with its unit. */
  result: string;
  source: string;
};

export type CalculationSuccess = {
  ok: true;
  bsa: {
    formula: string;
    raw: number;
    used: number;
    capped: boolean;
    /** The formula's name and year, e.g. "Mosteller (1987)" (`formula` is its id, e.g. 'mosteller'). */
    formulaName?: string;
    /** Same as `formula`, typed. */
    formulaId?: BsaFormula;
    expression?: string;
    /** BSA after the policy's rounding, before the cap. */
    rounded?: number;
  };
  calculatedDoseMg: number;
  doseMg: number;
  vials: VialCount[];
  billing: {
    administeredUnits: number;
    discardedUnits: number;
    lines: ClaimLine[];
    adminCodes: AdminCode[];
    /** Labeled total of the kits opened, mg. */
    labeledTotalMg?: number;
    /** Exact amount left in the opened kits, mg (labeled total − dose). */
    wastedMg?: number;
  };
  checks: Check[];
  /** Inputs converted with exact factors. */
  heightCm?: number;
  weightKg?: number;
  bmi?: number;
  regimen?: Regimen;
  orderedDoseMgPerM2?: number;
  /** Ordered mg/m² × used BSA before rounding, exact, mg. */
  exactDoseMg?: string;
  /** Highest dose the BSA cap allows: ordered mg/m² × 2.2 m². */
  maxDoseMg?: number;
  /** Volume of 2 mg/mL reconstituted solution to draw up, mL. */
  volumeMl?: number;
  /** Total infusion volume that keeps 0.2–0.6 mg/mL, mL (min rounded up, max rounded down to 0.1 mL). */
  finalVolumeMl?: { min: number; max: number };
  /** Diluent to add per kit, mL. */
  diluent?: { strengthMg: number; diluentMl: number; count: number }[];
  policy?: { bsaDecimals: 2 | null; doseDecimals: 0 | 1 | 2; vialRoundingPercent: 0 | 5 | 10 };
  steps?: Step[];
  /** Kit sizes the least-waste kits (`vials`) were chosen among. */
  kitSizesMg?: KitStrengthMg[];
  /** Kits actually opened, when entered: the labeled total, units discarded and JW/JZ come from them. */
  kitsOpened?: VialCount[];
  /** From the last cycle's toxicities: the label-supported dose level (null: discontinue) and why. */
  toxicity?: ToxicityAssessment;
};

export type CalculationFailure = { ok: false; errors: FieldError[] };

export type CalculationResult = CalculationFailure | CalculationSuccess;
