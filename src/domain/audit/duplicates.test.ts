import { describe, expect, it } from 'vitest';
import { duplicateFinding, findDuplicates } from './duplicates';

describe('findDuplicates', () => {
  it('groups rows with the same claim id and date of service, in row order', () => {
    const rows = [
      { claimId: 'A', dateOfService: '2026-11-27' },
      { claimId: 'B', dateOfService: '2026-11-27' },
      { claimId: 'A', dateOfService: '2026-11-28' }, // same id, other date: not a duplicate
      { claimId: ' A ', dateOfService: '2026-11-27' },
      { claimId: 'a', dateOfService: '2026-11-27' }, // ids compare case-sensitively
      { claimId: 'A', dateOfService: '2026-11-27' },
    ];
    expect(findDuplicates(rows)).toEqual([{ claimId: 'A', dateOfService: '2026-11-27', indexes: [0, 3, 5] }]);
  });

  it('rows without an id or a date are never duplicates', () => {
    expect(
      findDuplicates([
        { claimId: '', dateOfService: '2026-11-27' },
        { claimId: '', dateOfService: '2026-11-27' },
        { claimId: 'A' },
        { claimId: 'A' },
      ]),
    ).toEqual([]);
  });

  it('the finding names the rows', () => {
    const f = duplicateFinding({ claimId: 'A', dateOfService: '2026-11-27', indexes: [0, 2] }, [
      'line 2',
      'line 4',
    ]);
    expect(f).toMatchObject({
      code: 'DUPLICATE_CLAIM',
      severity: 'error',
      message: 'Claim A for 2026-11-27 appears 2 times in this file (line 2, line 4).',
    });
  });
});
