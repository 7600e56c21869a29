// The coder's audit view: one claim typed in, or a CSV of claims; findings with their fixes, the
// corrected lines beside the billed ones, and Medicare revenue from a payment limit the coder types.
// Loaded lazily by the app shell, so none of this is in the first-load bundle.
import { useState } from 'react';
import './audit.css';
import { deviceToday } from './audit-date';
import { BatchAudit } from './batch-audit';
import { ClaimAudit } from './claim-audit';
import type { PaymentLimit } from './payment-limit-fields';

type Mode = 'claim' | 'batch';

/** `today` gives the audit date (the device's date unless a test fixes it). */
export function AuditPage({ today = () => deviceToday() }: { today?: () => string } = {}) {
  const [mode, setMode] = useState<Mode>('claim');
  // The one-claim payment limit (the batch keeps one per quarter); not patient data, and not stored.
  const [paymentLimit, setPaymentLimit] = useState<PaymentLimit>({ limit: '', quarter: '' });
  return (
    <div className="audit-page">
      <h2>Claim audit</h2>
      <p className="audit-intro">
        Check a J9207 claim against its documentation: units for the dose, JW/JZ and the discarded amount,
        least-waste kits, codes and modifiers, administration codes and prior authorization, and a dose or
        date that cannot be right. Rules from CMS billing guidance and the IXEMPRA label (see the sources
        under each finding).
      </p>
      <fieldset className="audit-modes">
        <legend className="visually-hidden">What to audit</legend>
        <button type="button" aria-pressed={mode === 'claim'} onClick={() => setMode('claim')}>
          One claim
        </button>
        <button type="button" aria-pressed={mode === 'batch'} onClick={() => setMode('batch')}>
          CSV batch
        </button>
      </fieldset>
      {/* Both stay mounted so switching never loses what was typed or loaded. */}
      <div hidden={mode !== 'claim'}>
        <ClaimAudit paymentLimit={paymentLimit} onPaymentLimitChange={setPaymentLimit} today={today} />
      </div>
      <div hidden={mode !== 'batch'}>
        <BatchAudit today={today} />
      </div>
    </div>
  );
}
