// Checks that need the whole batch, not one row: they run in the batch worker once every row is
// read. The domain's duplicate check (same claim id and date of service on two rows) plugs in
// here; until it is in the domain, there are none.
import type { AuditFinding } from '../../domain';
import type { BatchRow } from './audit-csv';

/** A finding for the row at `index` (its position in the batch, in file order). */
export type BatchFinding = { index: number; finding: AuditFinding };

export function batchFindings(_rows: readonly BatchRow[]): BatchFinding[] {
  return [];
}
