// The dose the audit works from (documented, or worked out from height, weight and mg/m²), its
// plausibility against the label's maximum, and the kits the record says were opened.
import { calculate } from '../calculate';
import { type Dec, dec } from '../decimal';
import { bsaCapM2, maxDoseMgPerM2, sources } from '../facts';
import type { VialCount } from '../types';
import { describeVials, labeledTotalMg } from '../vials';
import { auditSources } from './audit-facts';
import { type AddFinding, mg } from './findings';
import type { ClaimDocumentation } from './types';

export type DoseResolution =
  | { kind: 'dose'; doseMg: Dec; source: 'documented' | 'worked-out'; work?: string; orderDoseMg?: Dec }
  | { kind: 'missing' }
  | { kind: 'error'; errors: { field: string; message: string }[] };

/** The dose given: documented in mg, or worked out by `calculate` from height, weight and mg/m². */
export function resolveDose(doc: ClaimDocumentation): DoseResolution {
  const bsaGiven = doc.height !== undefined || doc.weight !== undefined || doc.doseMgPerM2 !== undefined;
  // A documented dose with only its mg/m² beside it is checked against the label maximum below.
  const orderGiven = doc.height !== undefined || doc.weight !== undefined || doc.doseMgPerM2 === undefined;
  let order: { doseMg: Dec; work?: string } | undefined;
  if (bsaGiven && (doc.doseMg === undefined || orderGiven)) {
    const result = calculate({
      height: doc.height,
      weight: doc.weight,
      doseMgPerM2: doc.doseMgPerM2,
      ...(doc.bsaFormula ? { bsaFormula: doc.bsaFormula } : {}),
    });
    if (!result.ok) {
      return {
        kind: 'error',
        errors: result.errors.map((e) => ({ field: `documentation.${e.field}`, message: e.message })),
      };
    }
    const step = result.steps?.find((s) => s.id === 'dose');
    order = { doseMg: dec(result.doseMg), ...(step ? { work: `${step.expression} = ${step.result}` } : {}) };
  }
  if (doc.doseMg !== undefined) {
    return {
      kind: 'dose',
      doseMg: dec(doc.doseMg),
      source: 'documented',
      ...(order ? { orderDoseMg: order.doseMg } : {}),
    };
  }
  if (order) {
    return {
      kind: 'dose',
      doseMg: order.doseMg,
      source: 'worked-out',
      ...(order.work ? { work: order.work } : {}),
    };
  }
  return { kind: 'missing' };
}

/**
 * Most the label allows: the documented mg/m² (or 60 mg/m², the highest label dose, when none is
 * documented) × the 2.2 m² BSA cap.
 *
 * @example labelMaxDoseMg(40).toFixed() //=> '88'
 * @example labelMaxDoseMg(undefined).toFixed() //=> '132'
 */
export function labelMaxDoseMg(doseMgPerM2: number | undefined): Dec {
  return dec(doseMgPerM2 ?? maxDoseMgPerM2).times(bsaCapM2);
}

/** The documented dose against the order and against the label's maximum. */
export function doseChecks(
  doc: ClaimDocumentation,
  dose: Extract<DoseResolution, { kind: 'dose' }>,
  add: AddFinding,
): void {
  const { doseMg } = dose;
  if (dose.orderDoseMg && !dose.orderDoseMg.equals(doseMg)) {
    add(
      'DOSE_DIFFERS_FROM_ORDER',
      'info',
      `The documented dose ${mg(doseMg)} differs from the ${mg(dose.orderDoseMg)} worked out from height, weight and mg/m²; the audit bills the documented dose.`,
      'Check that the order or a documented dose change explains the difference.',
      sources.labelDose,
    );
  }
  const perM2 = doc.doseMgPerM2 !== undefined && doc.doseMgPerM2 > 0 ? doc.doseMgPerM2 : undefined;
  const max = labelMaxDoseMg(perM2);
  if (doseMg.greaterThan(max)) {
    const basis =
      perM2 === undefined
        ? `60 mg/m² (the highest label dose, with a strong CYP3A4 inducer) × ${bsaCapM2} m² (the BSA cap) = ${mg(max)}`
        : `${perM2} mg/m² (documented) × ${bsaCapM2} m² (the BSA cap) = ${mg(max)}`;
    add(
      'DOSE_ABOVE_LABEL_MAX',
      'warning',
      `The dose ${mg(doseMg)} is above the most the label allows: ${basis}.`,
      'Check the documented dose (a typing or unit error?) and the order before the claim goes out.',
      auditSources.doseMax,
    );
  }
}

export type KitsCheck = {
  /** Labeled mg the record says were opened (least-waste kits when it does not say). */
  openedTotal: number;
  notLeastWaste: boolean;
  kitsDocumented: boolean;
};

/** The kits the record documents against the dose and the documented discard. */
export function kitsChecks(
  doc: ClaimDocumentation,
  doseMg: Dec,
  leastKits: VialCount[],
  add: AddFinding,
): KitsCheck {
  const leastTotal = labeledTotalMg(leastKits);
  const leastWasteMg = dec(leastTotal).minus(doseMg);
  const kits = doc.kits;
  let openedTotal = leastTotal;
  if (kits) {
    const kitsTotal = labeledTotalMg(kits);
    if (doseMg.greaterThan(kitsTotal)) {
      add(
        'KITS_DONT_COVER_DOSE',
        'error',
        `The kits documented (${describeVials(kits)} = ${kitsTotal} mg) hold less than the ${mg(doseMg)} given.`,
        `Check the dose and the kits in the record; ${mg(doseMg)} needs ${describeVials(leastKits)} (${leastTotal} mg).`,
        sources.leastWaste,
      );
    } else {
      openedTotal = kitsTotal;
      if (doc.discardedMg !== undefined && !dec(kitsTotal).minus(doseMg).equals(doc.discardedMg)) {
        add(
          'DISCARD_DOC_MISMATCH',
          'warning',
          `The record says ${mg(dec(doc.discardedMg))} discarded, but ${kitsTotal} mg opened − ${mg(doseMg)} given = ${mg(dec(kitsTotal).minus(doseMg))}.`,
          'Correct the discarded amount, the dose or the kits in the record.',
          sources.jwjz,
        );
      }
    }
  } else {
    add(
      'KITS_NOT_DOCUMENTED',
      'warning',
      'The kits opened are not documented, so the waste cannot be checked against them: the JW units shown are the most the dose supports, from the least-waste kits, not from the record.',
      `Document the kits opened (strength and number); for ${mg(doseMg)} the least-waste kits are ${describeVials(leastKits)} (${leastTotal} mg).`,
      sources.leastWaste,
    );
    if (doc.discardedMg !== undefined) {
      const implied = doseMg.plus(doc.discardedMg);
      if (implied.modulo(15).isZero()) openedTotal = implied.toNumber();
      else {
        add(
          'DISCARD_DOC_MISMATCH',
          'warning',
          `${mg(doseMg)} given + ${mg(dec(doc.discardedMg))} discarded = ${mg(implied)}, which is not the labeled content of whole kits (a multiple of 15 mg).`,
          `Document the kits opened; for ${mg(doseMg)} the least-waste kits are ${describeVials(leastKits)}, leaving ${mg(leastWasteMg)}.`,
          sources.jwjz,
        );
      }
    }
  }
  return { openedTotal, notLeastWaste: openedTotal > leastTotal, kitsDocumented: kits !== undefined };
}
