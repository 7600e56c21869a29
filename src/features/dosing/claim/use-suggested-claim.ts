// The suggested claim for the current result, shared by the details view and the print worksheet.
import { useMemo } from 'react';
import { type CalculationSuccess, holdStatus, type SiteOfCare, suggestedClaim } from '../../../domain';
import type { ReferenceKit } from '../api/reference-data-schema';
import type { Settings } from '../settings/settings';
import { kitNdcs } from './kit-ndcs';

export function useSuggestedClaim(
  result: CalculationSuccess,
  siteOfCare: SiteOfCare,
  settings: Settings,
  referenceKits: readonly ReferenceKit[] | undefined,
  cartonNdcs: Readonly<Record<number, string>>,
  breastDiagnosis = '',
) {
  const ndcs = useMemo(() => kitNdcs(referenceKits, cartonNdcs), [referenceKits, cartonNdcs]);
  const claim = useMemo(() => {
    const hold = holdStatus(result.checks);
    return suggestedClaim({
      lines: result.billing.lines,
      adminCodes: result.billing.adminCodes,
      // The NDC lines count the kits actually opened when they were entered.
      vials: result.kitsOpened ?? result.vials,
      siteOfCare,
      ndcQualifier: settings.ndcQualifier,
      kitNdcs: ndcs.kits,
      onHold: hold.onHold,
      ...(hold.onHold ? { hold: { label: hold.label, actions: hold.actions } } : {}),
      breastDiagnosis,
    });
  }, [result, siteOfCare, settings.ndcQualifier, ndcs.kits, breastDiagnosis]);
  return { claim, ndcMessages: ndcs.messages };
}
