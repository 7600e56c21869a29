// J9207 units and the JW/JZ modifiers: which rules apply for the payer and date of service, the
// units billed against the dose and the kits, and the J9207 lines the documentation supports.
// Where a rule does not apply (before its date, or a payer that does not ask for it), the corrected
// lines keep what was billed and the audit adds an info note at most.
import { administeredUnits } from '../billing';
import { type Dec, dec } from '../decimal';
import { hcpcsCode, sources } from '../facts';
import type { Modifier340B } from '../types';
import { chooseVials, describeKitSizes, describeVials, labeledTotalMg } from '../vials';
import { auditSources, jwRequiredFrom, jzRequiredFrom } from './audit-facts';
import { kitsChecks } from './dose-rules';
import { type AddFinding, has, mg, sumUnits } from './findings';
import { describeLine, describeLines } from './lines';
import type { NormalizedClaim } from './read-claim';
import type { AuditExpected, BilledLine, PayerType } from './types';

/** Whether JW (or JZ) is required on this claim, and if not, why not. */
export type ModifierRule = 'required' | 'before-date' | 'payer-policy';

const payerName: Record<PayerType, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'The commercial payer',
  other: 'This payer',
};

/**
 * JW from 2017-01-01 and JZ from 2023-07-01, for Medicare, or for another payer when the claim says
 * its policy asks for them. A claim without a date of service is held to the rule.
 *
 * @example modifierRule('JW', '2016-12-30', { type: 'medicare' }) //=> 'before-date'
 * @example modifierRule('JZ', '2024-01-02', { type: 'medicaid' }) //=> 'payer-policy'
 */
export function modifierRule(
  modifier: 'JW' | 'JZ',
  dateOfService: string | undefined,
  payer: { type: PayerType; jwJzRequired?: boolean },
): ModifierRule {
  if (payer.type !== 'medicare' && !payer.jwJzRequired) return 'payer-policy';
  const from = modifier === 'JW' ? jwRequiredFrom : jzRequiredFrom;
  return dateOfService && dateOfService < from ? 'before-date' : 'required';
}

/** The 340B modifier the J9207 lines carry (JG before TB), if any. */
function modifier340BOf(lines: readonly BilledLine[]): Modifier340B | undefined {
  if (lines.some((l) => has(l, 'JG'))) return 'JG';
  if (lines.some((l) => has(l, 'TB'))) return 'TB';
  return undefined;
}

/** Billed lines kept as split when their total is right, each with the corrected modifiers. */
function keepSplit(billed: readonly BilledLine[], units: number, modifiers: string[]): BilledLine[] {
  if (billed.length > 1 && sumUnits(billed) === units) return billed.map((l) => ({ ...l, modifiers }));
  return [{ hcpcs: hcpcsCode, modifiers, units }];
}

export type J9207Outcome = { corrected: BilledLine[]; expected: Omit<AuditExpected, 'doseSource'> };

/** Units and JW/JZ for a claim whose dose is known. */
export function j9207Rules(claim: NormalizedClaim, doseMg: Dec, add: AddFinding): J9207Outcome {
  const { documentation: doc, lines, payer } = claim;
  const dos = claim.dateOfService;
  const j9207 = lines.filter((l) => l.hcpcs === hcpcsCode);
  const both = j9207.filter((l) => has(l, 'JW') && has(l, 'JZ'));
  const jwLines = j9207.filter((l) => has(l, 'JW') && !has(l, 'JZ'));
  const givenLines = j9207.filter((l) => !has(l, 'JW'));
  const hasJW = jwLines.length > 0;
  const hasJZ = givenLines.some((l) => has(l, 'JZ'));
  const billedGiven = sumUnits(givenLines);
  const billedJw = sumUnits(jwLines);
  const jwRule = modifierRule('JW', dos, payer);
  const jzRule = modifierRule('JZ', dos, payer);

  const given = administeredUnits(doseMg);
  // Least waste among the kit sizes documented as on hand (both when not documented).
  const leastKits = chooseVials(doseMg, doc.kitsAvailableMg);
  const onHand = doc.kitsAvailableMg ? ` with ${describeKitSizes(doc.kitsAvailableMg)} on hand` : '';
  const leastTotal = labeledTotalMg(leastKits);
  const discarded = leastTotal - given;
  const leastWasteMg = dec(leastTotal).minus(doseMg);
  const { openedTotal, notLeastWaste, kitsDocumented } = kitsChecks(doc, doseMg, leastKits, add);

  // Corrected lines: JW/JZ where required, or kept where billed and true.
  const mod340B = modifier340BOf(j9207);
  const extras = [...(mod340B ? [mod340B] : []), ...(payer.kxRequired ? ['KX'] : [])];
  const withJW = discarded >= 1 && (jwRule === 'required' || hasJW);
  const withJZ = discarded === 0 && (jzRule === 'required' || hasJZ);
  const givenModifiers = [...(withJZ ? ['JZ'] : []), ...extras];
  const corrected = [
    ...keepSplit(givenLines, given, givenModifiers),
    ...(withJW ? keepSplit(jwLines, discarded, ['JW', ...extras]) : []),
  ];
  const fixLines = `Bill ${describeLines(corrected)}.`;
  const expected: J9207Outcome['expected'] = {
    doseMg: doseMg.toFixed(),
    administeredUnits: given,
    discardedUnits: discarded,
    kits: leastKits,
    labeledTotalMg: leastTotal,
    kitsDocumented,
  };

  if (notLeastWaste) {
    // JW units that match wasteful kits are reported once, here.
    add(
      'NOT_LEAST_WASTE',
      'error',
      `${openedTotal} mg of kits were opened for ${mg(doseMg)}, but${onHand} ${describeVials(leastKits)} (${leastTotal} mg) covers it with less waste.`,
      `${fixLines} Waste beyond the least-waste kits is not billable.`,
      sources.leastWaste,
      { changesLines: hasJW && billedJw === openedTotal - given },
    );
  }
  const jwFromWastefulKits = notLeastWaste && hasJW && billedJw === openedTotal - given;
  const policyNote = (what: string) =>
    add(
      'JWJZ_PAYER_POLICY',
      'info',
      `${payerName[payer.type]} is not Medicare: the JW/JZ requirement is Medicare's, and the claim does not say this payer asks for them.`,
      `Check the payer's policy: if it asks for ${what}, bill it and record that the payer requires JW/JZ.`,
      auditSources.payerJwJz,
    );

  if (doc.discardedMg === undefined && (withJW || hasJW)) {
    add(
      'DISCARD_NOT_DOCUMENTED',
      'error',
      'The amount discarded is not documented, and JW units need it in the record (date, time, quantity).',
      `Document the amount discarded: ${leastTotal} mg opened − ${mg(doseMg)} given = ${mg(leastWasteMg)}.`,
      sources.jwjz,
    );
  }
  if (j9207.length === 0) {
    add(
      'J9207_MISSING',
      'error',
      `No J9207 line is billed for the ${mg(doseMg)} of ixabepilone given.`,
      fixLines,
      sources.hcpcs,
      {
        changesLines: true,
      },
    );
    return { corrected, expected };
  }
  if (both.length > 0) {
    for (const line of both) {
      add(
        'JW_AND_JZ',
        'error',
        `Line ${lines.indexOf(line) + 1} (${describeLine(line)}) carries both JW and JZ: a line bills either the dose given (JZ when nothing is discarded) or the discarded amount (JW), never both.`,
        `${fixLines} (${mg(doseMg)} given = ${given} units; ${discarded} whole units discarded.)`,
        sources.jwjz,
        { lineIndex: lines.indexOf(line), changesLines: true },
      );
    }
    return { corrected, expected };
  }

  const unitsSource = `${sources.hcpcs}; ${sources.unitsRoundUp}`;
  if (billedGiven < given) {
    add(
      'UNITS_NOT_ROUNDED_UP',
      'error',
      `${billedGiven} J9207 units are billed for the ${mg(doseMg)} given; units are rounded up (1 unit = 1 mg, at least 1), so ${given}.`,
      fixLines,
      unitsSource,
      { changesLines: true },
    );
  } else if (billedGiven > given) {
    add(
      'UNITS_ABOVE_DOSE',
      'error',
      `${billedGiven} J9207 units are billed for the ${mg(doseMg)} given, which supports ${given} (rounded up).`,
      fixLines,
      unitsSource,
      { changesLines: true },
    );
  }
  // JW units beyond what the kits opened hold: one finding, whatever else the JW line gets wrong.
  const overfill = hasJW && billedGiven + billedJw > openedTotal && billedJw > openedTotal - given;
  if (overfill) {
    add(
      'OVERFILL_BILLED',
      'error',
      `${billedGiven} given + ${billedJw} discarded = ${billedGiven + billedJw} units, above the ${openedTotal} mg labeled in the kits opened: overfill is never billable.`,
      fixLines,
      `${sources.jwjz}; labeled amount only (IXEMPRA prescribing information, section 16)`,
      { changesLines: true },
    );
  }
  if (discarded >= 1) {
    if (!hasJW) {
      if (jwRule === 'required') {
        add(
          'JW_MISSING',
          'error',
          `${leastTotal} mg opened − ${given} units given = ${discarded} whole units discarded, but no J9207-JW line bills them.`,
          fixLines,
          sources.jwjz,
          { changesLines: true },
        );
      } else if (jwRule === 'before-date') {
        add(
          'JW_NOT_YET_REQUIRED',
          'info',
          `${discarded} whole units were discarded; JW is required from ${jwRequiredFrom}, after this date of service (${dos}), so the claim may leave them off.`,
          'Nothing to change; check the contractor’s policy of the time if the claim is reopened.',
          sources.jwjz,
        );
      } else policyNote(`J9207-JW × ${discarded}`);
    } else if (billedJw !== discarded && !jwFromWastefulKits && !overfill) {
      add(
        'JW_UNITS_MISMATCH',
        'error',
        `J9207-JW bills ${billedJw} units, but ${leastTotal} mg labeled − ${given} units given = ${discarded}.`,
        fixLines,
        sources.jwjz,
        { changesLines: true },
      );
    }
    if (hasJZ && !hasJW) {
      add(
        'JZ_WITH_DISCARD',
        'error',
        `JZ says nothing was discarded, but ${discarded} whole units were (${leastTotal} mg − ${given} units).`,
        fixLines,
        sources.jwjz,
        { changesLines: true },
      );
    }
  } else {
    if (hasJW && !jwFromWastefulKits && !overfill) {
      add(
        leastWasteMg.greaterThan(0) ? 'JW_UNDER_ONE_UNIT' : 'JW_WITHOUT_DISCARD',
        'error',
        leastWasteMg.greaterThan(0)
          ? `J9207-JW bills waste of ${mg(leastWasteMg)} (${leastTotal} mg − ${mg(doseMg)}), under one unit: discarded units are rounded down, to 0.`
          : `J9207-JW is billed, but the ${mg(doseMg)} given uses the whole ${leastTotal} mg opened: nothing is discarded.`,
        fixLines,
        sources.jwjz,
        { changesLines: true },
      );
    }
    if (!hasJZ && !hasJW) {
      if (jzRule === 'required') {
        add(
          'JZ_MISSING',
          'error',
          `No whole unit is discarded (${leastTotal} mg − ${given} units = 0), so the J9207 line must carry JZ.`,
          fixLines,
          sources.jwjz,
          { changesLines: true },
        );
      } else if (jzRule === 'before-date') {
        add(
          'JZ_NOT_YET_REQUIRED',
          'info',
          `Nothing was discarded; JZ is required from ${jzRequiredFrom}, after this date of service (${dos}), so the line may go without it.`,
          'Nothing to change.',
          sources.jwjz,
        );
      } else policyNote('JZ on the J9207 line');
    }
  }
  if (hasJW && hasJZ) {
    add(
      'JW_AND_JZ',
      'error',
      'JW and JZ are both billed for J9207: one claim never carries both for the same drug.',
      fixLines,
      sources.jwjz,
      { changesLines: true },
    );
  }
  return { corrected, expected };
}
