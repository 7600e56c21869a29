// Checks that need the whole batch, not one row: they run in the batch worker once every row is
// read. Duplicates (same claim id and date of service on two rows) are the domain's rule
// (findDuplicates, duplicateFinding); this only names the rows by their line in the file.
import { type AuditFinding, duplicateFinding, findDuplicates } from '../../domain';
import type { BatchRow } from './audit-csv';

/** A finding for the row at `index` (its position in the batch, in file order). */
export type BatchFinding = { index: number; finding: AuditFinding };

/**
 * Every row of a duplicated claim id + date of service gets the duplicate finding, naming all
 * the rows by line. Malformed rows take part too (their id and date as written), so a broken
 * copy of a claim still marks the good one.
 */
/** A claim repeated on thousands of rows names the first few; the count says how many. */
const maxLinesNamed = 10;

export function batchFindings(rows: readonly BatchRow[]): BatchFinding[] {
  const out: BatchFinding[] = [];
  for (const group of findDuplicates(rows)) {
    const lines = group.indexes.slice(0, maxLinesNamed).map((i) => `line ${rows[i]?.line ?? i + 1}`);
    const more = group.indexes.length - lines.length;
    const finding = duplicateFinding(group, more > 0 ? [...lines, `and ${more} more`] : lines);
    for (const index of group.indexes) out.push({ index, finding });
  }
  return out;
}
