import { describe, expect, it, vi } from 'vitest';
import { createBatchWorker, type FromWorker } from './batch-protocol';
import { allRows } from './batch-types';

const header =
  'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines';
const good = (id: string, dos: string) =>
  `${id},${dos},medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2`;

async function run(text: string, auditDate: string) {
  const messages: FromWorker[] = [];
  const handle = createBatchWorker(
    (m) => messages.push(m),
    () => 0,
  );
  handle({ type: 'start', file: new Blob([text], { type: 'text/csv' }), auditDate });
  await vi.waitFor(() => expect(messages.some((m) => m.type === 'done' || m.type === 'error')).toBe(true));
  handle({
    type: 'page',
    id: 1,
    query: { filter: allRows, sort: { key: 'line', direction: 'ascending' }, page: 0, pageSize: 100 },
  });
  const page = messages.find((m) => m.type === 'page');
  if (page?.type !== 'page') throw new Error('no page');
  return page.result.rows;
}

describe('batch worker', () => {
  it('audits with the audit date the page sends (it reads no clock)', async () => {
    const text = [header, good('A', '2026-11-27')].join('\n');
    const late = await run(text, '2026-11-26');
    expect(late[0]?.findings.map((f) => f.code)).toContain('DOS_AFTER_AUDIT_DATE');
    const onTime = await run(text, '2026-11-27');
    expect(onTime[0]?.status).toBe('clean');
  });

  it('marks every row of a repeated claim id + date of service as a duplicate once the file is read', async () => {
    const text = [header, good('A', '2026-11-27'), good('B', '2026-11-27'), good('A', '2026-11-27')].join(
      '\n',
    );
    const rows = await run(text, '2026-11-29');
    expect(rows.map((r) => [r.claimId, r.status, r.findings.map((f) => f.code)])).toEqual([
      ['A', 'findings', ['DUPLICATE_CLAIM']],
      ['B', 'clean', []],
      ['A', 'findings', ['DUPLICATE_CLAIM']],
    ]);
  });
});
