// calculate(): the whole chain from measurements to claim lines — validate, convert, BSA, dose,
// vial rounding, kits (among the sizes on hand; the kits opened when given), units, JW/JZ lines,
// administration codes, checks and the last cycle's toxicity table — with every step's numbers for
// "show the work". Pure: no clock, no I/O; never throws on any input.
import { administeredUnits, administrationCodes, claimLines } from './billing';
import { bodySurfaceArea, bodySurfaceAreaEstimate, bsaFormulaInfo } from './bsa';
import { runChecks } from './checks';
import { type Dec, dec, fmt, minDec, roundDown, roundHalfUp, roundUp } from './decimal';
import { calculatedDose, maxDose, vialRoundedDose } from './dose';
import {
  bsaCapM2,
  cmPerInch,
  diluentMlByKitMg,
  finalMgPerMlMax,
  finalMgPerMlMin,
  kgPerPound,
  reconstitutedMgPerMl,
  sources,
} from './facts';
import { infusionTimesCheck } from './infusion-time';
import { assessKitsOpened } from './kits-opened';
import { assessToxicity } from './toxicity';
import type { BsaFormula, CalculationResult, Check, Step } from './types';
import { validateInput } from './validate';
import { chooseVials, describeKitSizes, describeVials, labeledTotalMg } from './vials';

const n = (value: Dec) => value.toNumber();
const capM2 = dec(bsaCapM2);
const finalMaxMgPerMl = dec(finalMgPerMlMax);
const finalMinMgPerMl = dec(finalMgPerMlMin);

/** How far (m², or mg for the dose) a binary64 estimate must lie from a decision boundary to stand. */
const certifiedMargin = 1e-9;

/** Distance of `value` from the nearest half-step of 10^-places (where half-up rounding flips). */
function distanceToHalfStep(value: number, places: number): number {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) / 10 ** places;
}

/**
 * The BSA every later decision is made on. The fast estimate is used only when it is more than
 * 1e-9 away from each boundary that decides something — the 0.01 m² half-step (rounded BSA), or the
 * 2.2 m² cap and the dose's half-step (unrounded BSA) — since its error is below 1e-13 m², the exact
 * value then rounds and compares the same way. Near a boundary the exact decimal decides.
 */
function bsaForDecisions(
  formula: BsaFormula,
  heightCm: Dec,
  weightKg: Dec,
  bsaDecimals: 2 | null,
  doseDecimals: number,
  orderedMgPerM2: Dec,
): Dec {
  const estimate = bodySurfaceAreaEstimate(formula, heightCm.toNumber(), weightKg.toNumber());
  const safe =
    Number.isFinite(estimate) &&
    (bsaDecimals === null
      ? Math.abs(estimate - 2.2) > certifiedMargin &&
        distanceToHalfStep(orderedMgPerM2.toNumber() * estimate, doseDecimals) > certifiedMargin * 100
      : distanceToHalfStep(estimate, bsaDecimals) > certifiedMargin);
  return safe ? dec(estimate) : bodySurfaceArea(formula, heightCm, weightKg);
}
/** Shows a long decimal with 5 places and an ellipsis, a short one as it is. */
const approx = (value: Dec) => (value.decimalPlaces() > 5 ? `${value.toFixed(5)}…` : fmt(value));

/**
 * Dose, kits, J9207 units and claim lines for one ixabepilone administration.
 *
 * @example
 * calculate({ height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' }, doseMgPerM2: 40 })
 * //=> ok: true, bsa.used 1.82, doseMg 72.8, vials 45 mg × 1 + 15 mg × 2, J9207 × 73 and J9207-JW × 2
 */
export function calculate(raw: unknown): CalculationResult {
  const validated = validateInput(raw);
  if (!validated.ok) return validated;
  const input = validated.input;
  const steps: Step[] = [];

  const { heightEntered: h, weightEntered: w, heightCm, weightKg } = input;
  if (h.unit === 'in' || w.unit === 'lb') {
    const parts = [
      h.unit === 'in' ? `${fmt(h.value)} in × ${cmPerInch} = ${fmt(heightCm)} cm` : undefined,
      w.unit === 'lb' ? `${fmt(w.value)} lb × ${kgPerPound} = ${fmt(weightKg)} kg` : undefined,
    ].filter(Boolean);
    steps.push({
      id: 'convert',
      title: 'Convert to cm and kg',
      expression: parts.join('; '),
      result: `${fmt(heightCm)} cm, ${fmt(weightKg)} kg`,
      source: 'Exact factors: 1 in = 2.54 cm, 1 lb = 0.45359237 kg',
    });
  }

  // BSA: raw at full precision, rounded by policy, capped at 2.2 m² (label).
  const formula = bsaFormulaInfo[input.bsaFormula];
  const bsaRaw = bsaForDecisions(
    input.bsaFormula,
    heightCm,
    weightKg,
    input.bsaDecimals,
    input.doseDecimals,
    input.doseMgPerM2,
  );
  const bsaRounded = input.bsaDecimals === null ? bsaRaw : roundHalfUp(bsaRaw, input.bsaDecimals);
  const capped = bsaRounded.greaterThan(capM2);
  const bsaUsed = minDec(bsaRounded, capM2);
  steps.push({
    id: 'bsa',
    title: `Body-surface area — ${formula.name}`,
    expression: `${formula.expression} with H = ${fmt(heightCm)} cm, W = ${fmt(weightKg)} kg = ${approx(bsaRaw)} m²`,
    result:
      input.bsaDecimals === null
        ? `${approx(bsaRaw)} m² (unrounded by policy)`
        : `${fmt(bsaRounded)} m² (half-up to 0.01 m²)`,
    source: `${sources.bsaFormulas}; the label names no formula, so it is an institutional choice`,
  });
  if (capped) {
    steps.push({
      id: 'bsa-cap',
      title: 'BSA cap',
      expression: `${fmt(bsaRounded)} m² > 2.2 m², so the dose is worked out on 2.2 m²`,
      result: '2.2 m²',
      source: sources.labelDose,
    });
  }

  // Dose: exact product, rounded half-up by policy, never above ordered × 2.2 m².
  const ordered = input.doseMgPerM2;
  const exactDose = ordered.times(bsaUsed);
  const calcDose = calculatedDose(ordered, bsaUsed, input.doseDecimals);
  if (calcDose.isZero()) {
    return {
      ok: false,
      errors: [
        {
          field: 'doseMgPerM2',
          message: `${fmt(ordered)} mg/m² × ${fmt(bsaUsed)} m² = ${fmt(exactDose)} mg, which rounds to 0 mg — check the ordered dose.`,
        },
      ],
    };
  }
  steps.push({
    id: 'dose',
    title: 'Dose',
    expression: `${fmt(ordered)} mg/m² × ${approx(bsaUsed)} m² = ${approx(exactDose)} mg, half-up to ${['1', '0.1', '0.01'][input.doseDecimals]} mg`,
    result: `${fmt(calcDose)} mg`,
    source: sources.labelDose,
  });

  const rounded = vialRoundedDose(calcDose, ordered, input.vialRoundingPercent);
  const doseMg = rounded ?? calcDose;
  if (input.vialRoundingPercent > 0) {
    steps.push({
      id: 'vial-rounding',
      title: `Vial rounding (policy: within ${input.vialRoundingPercent}%)`,
      expression: rounded
        ? `Nearest multiple of 15 mg to ${fmt(calcDose)} mg within ${input.vialRoundingPercent}% and ≤ ${fmt(maxDose(ordered))} mg: ${fmt(rounded)} mg`
        : `No multiple of 15 mg lies within ${input.vialRoundingPercent}% of ${fmt(calcDose)} mg (and ≤ ${fmt(maxDose(ordered))} mg), or the dose already is one`,
      result: `${fmt(doseMg)} mg`,
      source: sources.vialRounding,
    });
  }

  const volumeMl = doseMg.dividedBy(reconstitutedMgPerMl);
  steps.push({
    id: 'volume',
    title: 'Volume to draw up',
    expression: `${fmt(doseMg)} mg ÷ ${reconstitutedMgPerMl} mg/mL (reconstituted) = ${fmt(volumeMl)} mL`,
    result: `${fmt(volumeMl)} mL`,
    source: sources.labelPreparation,
  });

  const vials = chooseVials(doseMg, input.kitSizesMg);
  const leastTotalMg = labeledTotalMg(vials);
  const bothSizes = input.kitSizesMg.length === 2;
  steps.push({
    id: 'kits',
    title: bothSizes ? 'Kits to open' : `Kits to open (${describeKitSizes(input.kitSizesMg)} on hand)`,
    expression: `Least labeled total covering ${fmt(doseMg)} mg (multiples of ${bothSizes ? 15 : input.kitSizesMg[0]} mg), fewest vials: ${describeVials(vials)}`,
    result: `${describeVials(vials)} = ${leastTotalMg} mg`,
    source: sources.leastWaste,
  });
  // Kits actually opened: billing counts their labeled amount (when they cover the dose).
  const opened = input.kitsOpened ? assessKitsOpened(doseMg, input.kitsOpened, input.kitSizesMg) : undefined;
  if (opened) steps.push(opened.step);
  const totalMg = opened ? opened.billedTotalMg : leastTotalMg;

  const finalMinExact = doseMg.dividedBy(finalMaxMgPerMl);
  const finalMaxExact = doseMg.dividedBy(finalMinMgPerMl);
  const finalMin = roundUp(finalMinExact, 1);
  const finalMax = roundDown(finalMaxExact, 1);
  steps.push({
    id: 'final-volume',
    title: 'Final infusion volume for 0.2–0.6 mg/mL',
    expression: `${fmt(doseMg)} mg ÷ 0.6 mg/mL = ${approx(finalMinExact)} mL (up); ${fmt(doseMg)} mg ÷ 0.2 mg/mL = ${approx(finalMaxExact)} mL (down)`,
    result: `${fmt(finalMin)}–${fmt(finalMax)} mL`,
    source: sources.labelPreparation,
  });

  const administered = administeredUnits(doseMg);
  const discarded = totalMg - administered;
  steps.push({
    id: 'units',
    title: 'J9207 units given (1 unit = 1 mg, rounded up)',
    expression: `${fmt(doseMg)} mg rounded up to a whole mg = ${administered}`,
    result: `${administered} units`,
    source: `${sources.hcpcs}; ${sources.unitsRoundUp}`,
  });
  steps.push({
    id: 'discard',
    title: discarded > 0 ? 'Units discarded (JW)' : 'Nothing discarded (JZ)',
    expression: `${totalMg} mg opened − ${administered} units given = ${discarded}`,
    result: discarded > 0 ? `J9207-JW × ${discarded}` : 'J9207-JZ on the single line',
    source: sources.jwjz,
  });

  // No administration code from times that cannot be right (a stop check says why: checks.ts).
  const infusionStop = input.infusionMinutes
    ? infusionTimesCheck(n(input.infusionMinutes), input.infusionTimes)
    : undefined;
  const adminCodes =
    input.infusionMinutes && !infusionStop ? administrationCodes(n(input.infusionMinutes)) : [];
  if (input.infusionMinutes && !infusionStop) {
    steps.push({
      id: 'admin',
      title: 'Administration codes',
      expression: `${fmt(input.infusionMinutes)} minutes of infusion`,
      result: adminCodes.map((c) => `${c.code} × ${c.units}`).join(', '),
      source: sources.adminCpt,
    });
  }

  // BMI is shown, never used to decide: the check compares W × 10⁴ with H² exactly (checks.ts).
  const bmi = (weightKg.toNumber() * 10_000) / heightCm.toNumber() ** 2;
  const toxicity = input.toxicity ? assessToxicity(input.toxicity, ordered) : undefined;
  if (toxicity) steps.push(toxicity.step);
  const rank = { stop: 0, warning: 1, info: 2 } as const;
  const checks: Check[] = [
    ...runChecks({
      input,
      bsaRoundedM2: bsaRounded,
      capped,
      bmi,
      calculatedDoseMg: calcDose,
      ...(rounded ? { vialRoundedMg: rounded } : {}),
      ...(infusionStop ? { infusionStop } : {}),
      // A level reduced after last cycle's toxicity explains an order below the label's levels.
      ...(toxicity?.supported ? { supportedLevelsMgPerM2: [toxicity.supported] } : {}),
    }),
    ...(opened?.checks ?? []),
    ...(toxicity?.checks ?? []),
  ].sort((a, b) => rank[a.severity] - rank[b.severity]);

  return {
    ok: true,
    bsa: {
      formula: input.bsaFormula,
      formulaName: formula.name,
      raw: n(bsaRaw),
      used: n(bsaUsed),
      capped,
      formulaId: input.bsaFormula,
      expression: formula.expression,
      rounded: n(bsaRounded),
    },
    calculatedDoseMg: n(calcDose),
    doseMg: n(doseMg),
    vials,
    billing: {
      administeredUnits: administered,
      discardedUnits: discarded,
      lines: claimLines(administered, discarded, input.modifier340B),
      adminCodes,
      labeledTotalMg: totalMg,
      wastedMg: n(dec(totalMg).minus(doseMg)),
    },
    checks,
    heightCm: n(heightCm),
    weightKg: n(weightKg),
    bmi,
    regimen: input.regimen,
    orderedDoseMgPerM2: n(ordered),
    exactDoseMg: fmt(exactDose),
    maxDoseMg: n(maxDose(ordered)),
    volumeMl: n(volumeMl),
    finalVolumeMl: { min: n(finalMin), max: n(finalMax) },
    diluent: (input.kitsOpened && opened?.checks.every((c) => c.code !== 'KITS_DONT_COVER_DOSE')
      ? input.kitsOpened
      : vials
    ).map((v) => ({
      strengthMg: v.strengthMg,
      diluentMl: Number(diluentMlByKitMg[v.strengthMg]),
      count: v.count,
    })),
    policy: {
      bsaDecimals: input.bsaDecimals,
      doseDecimals: input.doseDecimals,
      vialRoundingPercent: input.vialRoundingPercent,
    },
    steps,
    kitSizesMg: input.kitSizesMg,
    ...(input.kitsOpened ? { kitsOpened: input.kitsOpened } : {}),
    ...(toxicity ? { toxicity: toxicity.assessment } : {}),
  };
}
