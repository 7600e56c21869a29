// The note after a matched double check, over random valid inputs: it names both sets of initials,
// and holds no number with more than 4 decimals, no internal code, no file path and no bracket
// inside a bracket.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestedBrackets, userVisibleProblems } from '../testing/user-visible';
import { calculate } from './calculate';
import { suggestedClaim } from './claim';
import { documentationNote } from './documentation';
import { documentationChecklist } from './documentation-checklist';
import type { BsaFormula, CalculationInput } from './types';

/** A decimal as a nurse types it: `places` decimals at most. */
const typed = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((n) => n / 10 ** places);
const initials = fc.stringMatching(/^[A-Z]{2,3}$/);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const inputArb = fc.record({
  height: fc.oneof(
    typed(140, 210, 2).map((value) => ({ value, unit: 'cm' as const })),
    typed(55, 83, 2).map((value) => ({ value, unit: 'in' as const })),
  ),
  weight: fc.oneof(
    typed(35, 180, 2).map((value) => ({ value, unit: 'kg' as const })),
    typed(77, 396, 2).map((value) => ({ value, unit: 'lb' as const })),
  ),
  doseMgPerM2: typed(10, 60, 1),
  regimen: fc.constantFrom('monotherapy' as const, 'with-capecitabine' as const),
  bsaFormula: fc.constantFrom<BsaFormula>('mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd'),
  policy: fc.record({
    bsaDecimals: fc.constantFrom(2 as const, null),
    doseDecimals: fc.constantFrom(0 as const, 1 as const, 2 as const),
    vialRoundingPercent: fc.constantFrom(0 as const, 5 as const, 10 as const),
  }),
  labs: fc.record(
    {
      astXUln: optional(typed(0, 15, 2)),
      altXUln: optional(typed(0, 15, 2)),
      bilirubinXUln: optional(typed(0, 5, 2)),
      anc: optional(fc.integer({ min: 0, max: 10_000 })),
      platelets: optional(fc.integer({ min: 0, max: 500_000 })),
    },
    { requiredKeys: [] },
  ),
  strongCyp3a4Inhibitor: fc.boolean(),
  strongCyp3a4Inducer: fc.boolean(),
  infusionMinutes: optional(fc.integer({ min: 1, max: 600 })),
});

describe('documentationNote after a matched double check (property)', () => {
  it('names both sets of initials; no long decimal, internal code or file path', () => {
    fc.assert(
      fc.property(inputArb, initials, initials, (raw, first, second) => {
        const labs = Object.fromEntries(Object.entries(raw.labs).filter(([, v]) => v !== undefined));
        const { infusionMinutes, ...rest } = raw;
        const input: CalculationInput = {
          ...rest,
          labs,
          ...(infusionMinutes === undefined ? {} : { infusionMinutes }),
        };
        const result = calculate(input);
        fc.pre(result.ok);
        if (!result.ok) return;
        const claim = suggestedClaim({
          lines: result.billing.lines,
          adminCodes: result.billing.adminCodes,
          vials: result.vials,
          siteOfCare: 'hospital-outpatient',
          ndcQualifier: 'UN',
          kitNdcs: {},
          onHold: result.checks.some((c) => c.severity === 'stop'),
        });
        const documentation = {
          result,
          entered: { height: raw.height, weight: raw.weight, doseMgPerM2: raw.doseMgPerM2 },
          regimen: raw.regimen,
          labs,
          strongCyp3a4Inhibitor: raw.strongCyp3a4Inhibitor,
          strongCyp3a4Inducer: raw.strongCyp3a4Inducer,
          claim,
          preparedAt: '2026-11-27 10:40',
          doubleCheck: {
            firstInitials: first,
            secondInitials: second,
            match: true,
            summary: 'Both checks give the same results.',
            causes: [],
          },
        };
        const note = documentationNote(documentation);
        expect(note).toContain(`first check ${first}, second check ${second}`);
        expect(userVisibleProblems(note)).toEqual([]);
        expect(nestedBrackets(note)).toEqual([]);
        for (const item of documentationChecklist(documentation)) {
          expect(userVisibleProblems(`${item.text} ${item.reason}`)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
