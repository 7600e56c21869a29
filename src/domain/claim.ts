// The full suggested claim for one ixabepilone administration: the J9207 lines (with JW/JZ and any
// 340B modifier), the administration codes, the form's drug-line detail (UB-04: revenue code 0636;
// CMS-1500: place of service 11), the NDC segment per kit in the N4 format, and the diagnosis
// order (Z51.11 first, then the C50.- code the user must supply). Pure: every fact comes from
// shared/reference/j9207.md "Billing"; nothing here is a payer's rule the reference does not state.
import { formatN4, type NdcUnitQualifier } from './ndc';
import type { AdminCode, ClaimLine, VialCount } from './types';

export type SiteOfCare = 'office' | 'hospital-outpatient';
export type ClaimForm = 'CMS-1500' | 'UB-04';
export type ClaimNdcQualifier = Extract<NdcUnitQualifier, 'UN' | 'ME'>;

/** Revenue code for drugs requiring detailed coding (UB-04, hospital outpatient). */
export const drugRevenueCode = '0636';
/** Place of service: office (CMS-1500). */
export const officePlaceOfService = '11';

export const claimSources = {
  form: 'Hospital outpatient bills on the UB-04 with revenue code 0636 and the NDC in FL43; the office bills on the CMS-1500 with place of service 11 and the NDC in the shaded part of item 24 (shared/reference/j9207.md "Billing")',
  ndc: 'NDC on claims: N4 + 11-digit NDC (5-4-2, no hyphens) + space + unit qualifier + quantity; the qualifier differs between payers, so it is a setting',
  diagnosis:
    'Z51.11 (encounter for antineoplastic chemotherapy) is listed first when the visit is solely for chemotherapy; then C50.- (breast) and C77–C79 secondaries',
  admin:
    'CPT 96409 push ≤ 15 min; 96413 up to 1 hour; +96415 each additional hour beyond 30 minutes past the last hour',
} as const;

/** One NDC known for a kit strength: from the reference data, or typed from the carton. */
export type KitNdc = {
  strengthMg: number;
  /** 11 digits (5-4-2, no hyphens); null when the package code is not known. */
  ndc11: string | null;
  /** As printed for people, e.g. "70020-1910-01" or "70020-1911-??". */
  display: string;
  /** True when the reference marks the NDC as verified, or the user typed it from the carton. */
  verified: boolean;
  /** Where the NDC came from. */
  origin: 'reference' | 'carton';
};

export type SuggestedLine = {
  kind: 'drug' | 'administration';
  code: string;
  modifiers: string[];
  units: number;
  description: string;
  /** UB-04 drug lines: 0636. Null where the reference gives none (administration lines). */
  revenueCode: string | null;
  /** CMS-1500 lines: 11. */
  placeOfService: string | null;
};

export type NdcLine = {
  strengthMg: number;
  kitCount: number;
  qualifier: ClaimNdcQualifier;
  /** Kits opened (UN) or labeled milligrams opened (ME). */
  quantity: number;
  ndcDisplay: string;
  /** The N4 segment, or null while the package code is unknown. */
  n4: string | null;
  /** Shown as "confirm against the carton": the NDC is not verified. */
  confirmAgainstCarton: boolean;
  origin: KitNdc['origin'] | 'unknown';
};

export type Diagnosis = { order: number; code: string; description: string; needsInput: boolean };

export type SuggestedClaim = {
  form: ClaimForm;
  siteOfCare: SiteOfCare;
  onHold: boolean;
  /** While on hold: the words for the claim lines, per kind of stop (holdStatus). */
  holdLabel?: string;
  diagnoses: Diagnosis[];
  lines: SuggestedLine[];
  ndcLines: NdcLine[];
  /** What the user still has to supply or confirm before the claim can go. */
  openItems: string[];
};

export type SuggestedClaimInput = {
  lines: readonly ClaimLine[];
  adminCodes: readonly AdminCode[];
  vials: readonly VialCount[];
  siteOfCare: SiteOfCare;
  ndcQualifier: ClaimNdcQualifier;
  /** Known NDC per kit strength (mg); a strength missing here has no known NDC. */
  kitNdcs: Readonly<Record<number, KitNdc | undefined>>;
  /** A stop check holds the claim. */
  onHold: boolean;
  /** The hold's words and what to do (holdStatus: label and actions), when on hold. */
  hold?: { label: string; actions: readonly string[] };
  /** The breast-cancer code typed from the chart (any form `breastDiagnosisCode` accepts). */
  breastDiagnosis?: string;
};

const adminDescriptions: Readonly<Record<string, string>> = {
  '96409': 'Chemotherapy, IV push (≤ 15 minutes)',
  '96413': 'Chemotherapy IV infusion, up to 1 hour',
  '96415': 'Chemotherapy IV infusion, each additional hour',
};

function drugDescription(modifiers: readonly string[]): string {
  if (modifiers.includes('JW'))
    return 'Ixabepilone discarded from the opened single-dose kits (1 unit = 1 mg)';
  if (modifiers.includes('JZ')) return 'Ixabepilone given, nothing discarded (1 unit = 1 mg)';
  return 'Ixabepilone given (1 unit = 1 mg)';
}

/**
 * The claim to suggest for one administration.
 *
 * @example
 * suggestedClaim({ lines: [{ hcpcs: 'J9207', modifiers: [], units: 73 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 2 }],
 *   adminCodes: [], vials: [{ strengthMg: 15, count: 5 }], siteOfCare: 'hospital-outpatient', ndcQualifier: 'UN',
 *   kitNdcs: { 15: { strengthMg: 15, ndc11: '70020191001', display: '70020-1910-01', verified: true, origin: 'reference' } },
 *   onHold: false })
 * //=> form 'UB-04'; lines J9207 × 73 and J9207-JW × 2 with revenue code 0636; N4 line 'N470020191001 UN5'
 */
export function suggestedClaim(input: SuggestedClaimInput): SuggestedClaim {
  const form: ClaimForm = input.siteOfCare === 'hospital-outpatient' ? 'UB-04' : 'CMS-1500';
  const revenueCode = form === 'UB-04' ? drugRevenueCode : null;
  const placeOfService = form === 'CMS-1500' ? officePlaceOfService : null;
  const openItems: string[] = [];

  const lines: SuggestedLine[] = input.lines.map((line) => ({
    kind: 'drug',
    code: line.hcpcs,
    modifiers: [...line.modifiers],
    units: line.units,
    description: drugDescription(line.modifiers),
    revenueCode,
    placeOfService,
  }));
  for (const admin of input.adminCodes) {
    lines.push({
      kind: 'administration',
      code: admin.code,
      modifiers: [],
      units: admin.units,
      description: adminDescriptions[admin.code] ?? admin.code,
      revenueCode: null,
      placeOfService,
    });
  }
  if (input.adminCodes.length === 0) {
    openItems.push('Enter the infusion start and stop times for the administration codes (96413, 96415).');
  }

  const ndcLines: NdcLine[] = input.vials.map((vial) => {
    const known = input.kitNdcs[vial.strengthMg];
    const quantity = input.ndcQualifier === 'UN' ? vial.count : vial.strengthMg * vial.count;
    const ndc11 = known?.ndc11 ?? null;
    return {
      strengthMg: vial.strengthMg,
      kitCount: vial.count,
      qualifier: input.ndcQualifier,
      quantity,
      ndcDisplay: known?.display ?? 'unknown',
      n4: ndc11 ? formatN4(ndc11, input.ndcQualifier, quantity) : null,
      confirmAgainstCarton: !known?.verified,
      origin: known?.origin ?? 'unknown',
    };
  });
  for (const line of ndcLines) {
    if (line.n4 === null) {
      openItems.push(
        `Type the NDC from the ${line.strengthMg} mg kit's carton: its package code is not verified.`,
      );
    } else if (line.confirmAgainstCarton) {
      openItems.push(`Confirm the ${line.strengthMg} mg kit's NDC against the carton.`);
    }
  }
  const breast = input.breastDiagnosis === undefined ? undefined : breastDiagnosisCode(input.breastDiagnosis);
  if (!breast?.ok) openItems.push('Add the C50.- diagnosis code (site and laterality) from the chart.');
  if (input.onHold)
    openItems.unshift(
      input.hold
        ? `A stop check holds this claim: ${input.hold.actions.join(' ')}`
        : 'A stop check holds this claim: resolve it with the prescriber first.',
    );

  return {
    form,
    siteOfCare: input.siteOfCare,
    onHold: input.onHold,
    ...(input.onHold && input.hold ? { holdLabel: input.hold.label } : {}),
    diagnoses: [
      {
        order: 1,
        code: 'Z51.11',
        description:
          'Encounter for antineoplastic chemotherapy (first-listed when the visit is solely for chemotherapy)',
        needsInput: false,
      },
      breast?.ok
        ? {
            order: 2,
            code: breast.code,
            description:
              'Malignant neoplasm of breast, as typed from the chart; add C77–C79 secondaries if present',
            needsInput: false,
          }
        : {
            order: 2,
            code: 'C50.-',
            description:
              'Malignant neoplasm of breast: enter the full code from the chart; add C77–C79 secondaries if present',
            needsInput: true,
          },
    ],
    lines,
    ndcLines,
    openItems,
  };
}

/**
 * Modifiers as written on a claim line: "JW", "JW JG", or an em dash for none.
 *
 * @example formatModifiers(['JW', 'JG']) //=> 'JW JG'
 */
export function formatModifiers(modifiers: readonly string[]): string {
  return modifiers.length === 0 ? '—' : modifiers.join(' ');
}

export type DiagnosisCodeParse = { ok: true; code: string } | { ok: false; message: string };

/**
 * A breast-cancer code (ICD-10-CM category C50) as typed from the chart, checked for its shape
 * only: "C50." and two or three digits; the dot may be left out, case does not matter. Whether the
 * code exists and fits the patient is for the chart, not this check.
 *
 * @example breastDiagnosisCode('c50911') //=> { ok: true, code: 'C50.911' }
 * @example breastDiagnosisCode('C34.90') //=> { ok: false, message: 'Enter a C50 code …' }
 */
export function breastDiagnosisCode(text: string): DiagnosisCodeParse {
  const match = /^C50\.?(\d{2,3})$/.exec(
    String(text ?? '')
      .trim()
      .toUpperCase(),
  );
  if (!match) {
    return {
      ok: false,
      message: 'Enter a C50 code as in the chart: C50. and 2 or 3 digits, e.g. the site and laterality code.',
    };
  }
  return { ok: true, code: `C50.${match[1]}` };
}
