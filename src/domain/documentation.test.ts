import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { suggestedClaim } from './claim';
import { type DocumentationInput, documentationNote } from './documentation';
import { documentationChecklist } from './documentation-checklist';
import type { CalculationSuccess } from './types';

// 170 cm, 70 kg, 40 mg/m² (worked by hand):
// BSA Mosteller √(170 × 70 ÷ 3600) = √3.30555… = 1.81812… → 1.82 m²; dose 40 × 1.82 = 72.8 mg;
// draw up 72.8 ÷ 2 = 36.4 mL; kits 45 + 15 + 15 = 75 mg; units ⌈72.8⌉ = 73; JW 75 − 73 = 2;
// discarded 75 − 72.8 = 2.2 mg; final volume 72.8 ÷ 0.6 = 121.33… → 121.4 mL (up), 72.8 ÷ 0.2 = 364 mL.
function make(overrides: Partial<DocumentationInput> = {}, minutes?: number): DocumentationInput {
  const result = calculate({
    height: { value: 170, unit: 'cm' },
    weight: { value: 70, unit: 'kg' },
    doseMgPerM2: 40,
    ...(minutes ? { infusionMinutes: minutes } : {}),
  }) as CalculationSuccess;
  expect(result.ok).toBe(true);
  const claim = suggestedClaim({
    lines: result.billing.lines,
    adminCodes: result.billing.adminCodes,
    vials: result.vials,
    siteOfCare: 'office',
    ndcQualifier: 'UN',
    kitNdcs: {},
    onHold: false,
  });
  return {
    result,
    entered: { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' }, doseMgPerM2: 40 },
    regimen: 'monotherapy',
    labs: {},
    strongCyp3a4Inhibitor: false,
    strongCyp3a4Inducer: false,
    claim,
    preparedAt: '2026-11-27 10:40',
    ...overrides,
  };
}

describe('documentationNote', () => {
  it('carries every number of the calculation', () => {
    const note = documentationNote(make());
    expect(note).toMatch(/^Ixabepilone \(J9207\) dose and billing note — prepared 2026-11-27 10:40/);
    expect(note).toContain('Height: 170 cm; weight: 70 kg');
    expect(note).toContain('Ordered dose: 40 mg/m² (label dose)');
    expect(note).toContain('1.82 m² used');
    expect(note).toContain('Dose: 72.8 mg');
    expect(note).toContain('Draw up: 36.4 mL');
    expect(note).toContain(
      '1 × 45 mg kit (23.5 mL diluent each) + 2 × 15 mg kit (8 mL diluent each) = 75 mg labeled',
    );
    expect(note).toContain('121.4–364 mL');
    expect(note).toContain('- J9207 × 73 (POS 11)');
    expect(note).toContain('- J9207-JW × 2 (POS 11)');
    expect(note).toContain('Discarded: 2.2 mg (J9207-JW × 2)');
    expect(note).toContain('Diagnosis 1: Z51.11');
    expect(note).toContain('Diagnosis 2: C50.___');
  });

  it('writes the infusion times and minutes when given', () => {
    // 22:30 → 01:30 = 180 min → 96413 × 1 + 96415 × 2
    const note = documentationNote(
      make({ infusion: { start: '22:30', stop: '01:30', minutes: 180, crossesMidnight: true } }, 180),
    );
    expect(note).toContain('Infusion: start 22:30, stop 01:30 = 180 min (3 h), past midnight');
    expect(note).toContain('- 96413 × 1');
    expect(note).toContain('- 96415 × 2');
  });

  it('writes imperial entries with their exact conversions', () => {
    // 66.93 in × 2.54 = 170.0022 cm; 154.32 lb × 0.45359237 = 69.9983745… kg: shown to 0.01, marked ≈.
    const base = make();
    const result = calculate({
      height: { value: 66.93, unit: 'in' },
      weight: { value: 154.32, unit: 'lb' },
      doseMgPerM2: 40,
    }) as CalculationSuccess;
    const note = documentationNote({
      ...base,
      result,
      entered: {
        height: { value: 66.93, unit: 'in' },
        weight: { value: 154.32, unit: 'lb' },
        doseMgPerM2: 40,
      },
    });
    expect(note).toContain('Height: 66.93 in (≈170 cm); weight: 154.32 lb (≈70 kg)');
  });
});

describe('documentationNote: chart-ready', () => {
  it('names both sets of initials after a matched double check, and no blank second-check line', () => {
    const note = documentationNote(
      make({
        doubleCheck: {
          firstInitials: 'AB',
          secondInitials: 'CD',
          match: true,
          summary: 'Both checks give the same results.',
          causes: [],
        },
      }),
    );
    expect(note).toContain('Independent double check: results match (first check AB, second check CD).');
    expect(note).toContain('Independent second check: CD');
    expect(note).not.toContain('Independent second check: ____');
  });

  it('records each difference and its cause after a mismatch', () => {
    const note = documentationNote(
      make({
        doubleCheck: {
          firstInitials: 'AB',
          secondInitials: 'CD',
          match: false,
          summary: 'Dose differs.',
          causes: ['Unit mix-up: 154 typed as kg in the second entry'],
        },
      }),
    );
    expect(note).toContain('results DIFFER (first check AB, second check CD)');
    expect(note).toContain('- Unit mix-up: 154 typed as kg in the second entry');
  });

  it('says labs were not entered, never "none"', () => {
    const note = documentationNote(make());
    expect(note).toContain('Labs before the cycle: not entered');
    expect(note).not.toMatch(/Checks:\n- none\n/);
  });

  it('puts the previous weight before the signatures, and the signature line last', () => {
    const note = documentationNote(make({ previousWeight: { value: 80, unit: 'kg', date: '2026-10-01' } }));
    const lines = note.split('\n');
    expect(lines.at(-1)).toMatch(/^Prepared by: /);
    expect(
      lines.findIndex((l) => l.startsWith('Weight at the last BSA calculation: 80 kg on 2026-10-01')),
    ).toBeLessThan(lines.length - 1);
  });

  it('writes the times when entered, and lines to fill when not', () => {
    const filled = documentationNote(
      make({
        times: {
          reconstitutedAt: '09:00',
          useVialBy: '10:00',
          preparedAt: '09:20',
          finishInfusionBy: '15:20',
        },
      }),
    );
    expect(filled).toContain('Reconstituted at: 09:00; use the vial by: 10:00');
    expect(filled).toContain('Prepared (diluted) at: 09:20; finish the infusion by: 15:20');
    expect(documentationNote(make())).toContain('Reconstituted at: __:__; use the vial by: __:__ (1 hour)');
  });

  it('writes the bag and the rate: 250 mL, 286.4 mL at 0.25 mg/mL, 95.5 mL/h over the label 180 min', () => {
    expect(documentationNote(make())).toContain(
      "Bag: 250 mL, 286.4 mL in total at 0.25 mg/mL; rate 95.5 mL/h over 180 min, the label's time",
    );
  });

  it('shows the label-supported dose beside the ordered one (AST 3, ALT 3, bilirubin 2 × ULN → 20 mg/m²)', () => {
    const labs = { astXUln: 3, altXUln: 3, bilirubinXUln: 2 };
    const result = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      labs,
    }) as CalculationSuccess;
    const note = documentationNote({ ...make(), result, labs });
    expect(note).toContain('Label-supported dose: 20 mg/m² = 36.4 mg (hepatic table)');
  });
});

describe('documentationChecklist', () => {
  it('asks for resistance to capecitabine too on monotherapy, not with capecitabine', () => {
    const mono = documentationChecklist(make()).find((i) => i.id === 'resistance');
    expect(mono?.text).toMatch(/anthracycline, a taxane and capecitabine/);
    const combo = documentationChecklist(make({ regimen: 'with-capecitabine' })).find(
      (i) => i.id === 'resistance',
    );
    expect(combo?.text).toMatch(/concurrent therapy/);
  });

  it('names the discarded amount and the JW units', () => {
    const waste = documentationChecklist(make()).find((i) => i.id === 'waste');
    expect(waste?.text).toBe(
      'Amount discarded: 2.2 mg (J9207-JW × 2), with the date, time and who discarded it.',
    );
  });

  it('writes the labs that were entered, grouped as people read them', () => {
    const labs = documentationChecklist(make({ labs: { anc: 1800, platelets: 150000 } })).find(
      (i) => i.id === 'labs',
    );
    expect(labs?.text).toBe('Labs with the date drawn: ANC 1,800/mm³, platelets 150,000/mm³.');
  });

  it('puts the hold first when a stop check holds the claim', () => {
    const base = make();
    const items = documentationChecklist({ ...base, claim: { ...base.claim, onHold: true } });
    expect(items[0]?.id).toBe('hold');
  });

  it('covers the denial reasons: diagnosis, BSA formula, premedication, times, prior authorization', () => {
    const ids = documentationChecklist(make()).map((i) => i.id);
    for (const id of ['diagnosis', 'bsa', 'premedication', 'times', 'waste', 'authorization'])
      expect(ids).toContain(id);
  });
});
