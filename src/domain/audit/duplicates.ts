// Duplicate claims in a batch: the same claim id and date of service on more than one row. A
// batch-level check (one claim alone cannot know), for the batch view to call over its rows.
import { auditSources } from './audit-facts';
import type { AuditFinding } from './types';

export type DuplicateGroup = {
  claimId: string;
  dateOfService: string;
  /** Indexes of the rows (in the order given), at least two. */
  indexes: number[];
};

/**
 * Rows sharing a claim id and date of service. Rows without a claim id or a date are never
 * duplicates of each other (nothing identifies them). Claim ids compare trimmed, case-sensitive.
 *
 * @example findDuplicates([{ claimId: 'A', dateOfService: '2026-11-27' }, { claimId: 'B', dateOfService: '2026-11-27' },
 *   { claimId: 'A', dateOfService: '2026-11-27' }])
 * //=> [{ claimId: 'A', dateOfService: '2026-11-27', indexes: [0, 2] }]
 */
export function findDuplicates(
  rows: readonly { claimId?: string | undefined; dateOfService?: string | undefined }[],
): DuplicateGroup[] {
  const groups = new Map<string, DuplicateGroup>();
  rows.forEach((row, index) => {
    const claimId = (row.claimId ?? '').trim();
    const dateOfService = (row.dateOfService ?? '').trim();
    if (claimId === '' || dateOfService === '') return;
    const key = `${claimId}\u0000${dateOfService}`;
    const group = groups.get(key);
    if (group) group.indexes.push(index);
    else groups.set(key, { claimId, dateOfService, indexes: [index] });
  });
  return [...groups.values()].filter((g) => g.indexes.length > 1);
}

/**
 * The finding a duplicated row carries, naming the other rows by the labels the caller gives
 * (e.g. their line numbers in the file).
 *
 * @example duplicateFinding({ claimId: 'A', dateOfService: '2026-11-27', indexes: [0, 2] }, ['line 2', 'line 4']).message
 * //=> 'Claim A for 2026-11-27 appears 2 times in this file (line 2, line 4).'
 */
export function duplicateFinding(group: DuplicateGroup, rowLabels: readonly string[]): AuditFinding {
  return {
    code: 'DUPLICATE_CLAIM',
    severity: 'error',
    message: `Claim ${group.claimId} for ${group.dateOfService} appears ${group.indexes.length} times in this file (${rowLabels.join(', ')}).`,
    fix: 'Keep one row per claim and date of service; if they are different claims, give each its own claim id.',
    source: auditSources.duplicate,
  };
}
