// Batch audit: parse + audit 10,000 CSV rows (generated here: a mix of clean claims, common errors,
// doses worked out from height/weight/mg/m² and malformed rows), against a baseline measured in the
// same process: papaparse reading the same file alone, row by row as the audit reads it. Runs
// alternate the two. Each is timed on the wall clock (printed) and in this process's CPU time (the
// ratio): other programs competing for the cores stretch the wall time, hardly the CPU time. The
// ratio is the best run of each (load only ever adds time); exits non-zero when it is at or over
// maxRatio. The time is not gated: it reads the host's speed as much as the code's.
import Papa from 'papaparse';
import { auditCsvText } from '../src/features/audit/audit-csv';

const rowCount = 10_000;
const runs = 9;
/**
 * Auditing a row (reading its cells, working out the dose, every billing rule, the findings) costs
 * far more than parsing it: about 40–45× here (a loaded 2-core VM). The gate sits at 100×: a change
 * that makes the audit's work a row more than about twice as slow fails on any host, the host's own
 * speed never does.
 */
const maxRatio = 100;

const header =
  'claim_id,date_of_service,payer,kx_required,dose_mg,height_cm,weight_kg,dose_mg_per_m2,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines,pa_number,pa_valid_from,pa_valid_to,pa_units';

/** Row templates; {i} becomes the row number, {d} a dose between 60 and 88 mg. */
function row(i: number): string {
  const dose = (600 + ((i * 37) % 281)) / 10; // 60.0 … 88.0 mg
  const given = Math.ceil(dose);
  const fifteens = Math.ceil(dose / 15);
  const k45 = Math.floor(fifteens / 3);
  const k15 = fifteens - k45 * 3;
  const total = fifteens * 15;
  const discardedMg = ((total * 10 - Math.round(dose * 10)) / 10).toString();
  const jw = total - given;
  const drug = jw > 0 ? `J9207 x ${given}; J9207-JW x ${jw}` : `J9207-JZ x ${given}`;
  const admin = '96413 x 1; 96415 x 2';
  const id = `B-${i}`;
  switch (i % 8) {
    case 0: // clean
    case 1:
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug}; ${admin},,,,`;
    case 2: // JW missing
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,J9207 x ${given}; ${admin},,,,`;
    case 3: // dose worked out from height, weight and mg/m² (calculate)
      return `${id},2026-11-20,medicare,,,${150 + (i % 50)},${50 + (i % 60)},40,,,,09:00,12:00,J9207 x 73; J9207-JW x 2; ${admin},,,,`;
    case 4: // commercial, authorization expired
      return `${id},2026-11-20,commercial,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug}; ${admin},PA-${i},2026-01-01,2026-10-31,90`;
    case 5: // confused code and wrong admin units
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,J9371 x ${given}; 96413 x 1; 96415 x 3,,,,`;
    case 6: // malformed: unquoted decimal comma shifts the columns
      return `${id},2026-11-20,medicare,,72,8,,,,2,1,2.2,09:00,12:00,${drug},,,,`;
    default: // malformed: bad date
      return `${id},2026-02-30,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug},,,,`;
  }
}

const csv = [header, ...Array.from({ length: rowCount }, (_, i) => row(i))].join('\n');

/** Papaparse alone on the same text, with the options and the row-by-row step the audit uses. */
function parseOnly(text: string): number {
  let count = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      count += result.data.length > 0 ? 1 : 0;
    },
  });
  return count;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.POSITIVE_INFINITY;
};

// Warm-up: both paths compiled before anything is timed.
parseOnly(csv);
auditCsvText(csv);

/** Runs `fn`, returning its result with the wall and CPU (user + system) milliseconds it took. */
function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const audit = { wall: [] as number[], cpu: [] as number[] };
const parse = { wall: [] as number[], cpu: [] as number[] };
let rows = 0;
let malformed = 0;
let clean = 0;
let parsedRows = 0;
for (let run = 0; run < runs; run += 1) {
  // Parsing alone takes a few ms: five parses a sample, so the CPU clock's resolution does not count.
  const parsed = timed(() => [1, 2, 3, 4, 5].map(() => parseOnly(csv))[0] ?? 0);
  parsedRows = parsed.value;
  parse.wall.push(parsed.wallMs / 5);
  parse.cpu.push(parsed.cpuMs / 5);
  const audited = timed(() => auditCsvText(csv));
  const result = audited.value;
  if (!result.ok) {
    console.error(`audit failed: ${result.error}`);
    process.exit(1);
  }
  audit.wall.push(audited.wallMs);
  audit.cpu.push(audited.cpuMs);
  rows = result.rows.length;
  malformed = result.rows.filter((r) => r.status === 'malformed').length;
  clean = result.rows.filter((r) => r.status === 'clean').length;
}
const ratio = Math.min(...audit.cpu) / Math.min(...parse.cpu);
console.log(
  `audit CSV: ${rowCount.toLocaleString('en-US')} rows (${(csv.length / 1024).toFixed(0)} KiB) parsed + audited in ` +
    `median ${median(audit.wall).toFixed(0)} ms (best ${Math.min(...audit.wall).toFixed(0)} ms; CPU best ` +
    `${Math.min(...audit.cpu).toFixed(0)} ms) over ${runs} runs ` +
    `(${rows} rows: ${clean} clean, ${rows - clean - malformed} with findings, ${malformed} malformed); ` +
    `papaparse alone on the same file: median ${median(parse.wall).toFixed(0)} ms (CPU best ` +
    `${Math.min(...parse.cpu).toFixed(0)} ms); ratio ${ratio.toFixed(1)}×`,
);
if (rows !== rowCount || parsedRows !== rowCount + 1) {
  console.error(`expected ${rowCount} rows, got ${rows} audited and ${parsedRows - 1} parsed`);
  process.exit(1);
}
const ok = ratio < maxRatio;
console.log(`${ok ? 'PASS' : 'FAIL'}: the audit is ${ratio.toFixed(1)}× parsing alone (gate < ${maxRatio}×)`);
process.exit(ok ? 0 : 1);
