// Batch audit: parse + audit 10,000 CSV rows (generated here: a mix of clean claims, common errors,
// doses worked out from height/weight/mg/m² and malformed rows). Prints the median and minimum of
// several runs; exits non-zero when the median is over 1 second (issue 4's target).
import { auditCsvText } from '../src/features/audit/audit-csv';

const rowCount = 10_000;
const runs = 7;
const targetMs = 1000;

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

const times: number[] = [];
let rows = 0;
let malformed = 0;
let clean = 0;
for (let run = 0; run < runs; run += 1) {
  const start = performance.now();
  const result = auditCsvText(csv);
  times.push(performance.now() - start);
  if (!result.ok) {
    console.error(`audit failed: ${result.error}`);
    process.exit(1);
  }
  rows = result.rows.length;
  malformed = result.rows.filter((r) => r.status === 'malformed').length;
  clean = result.rows.filter((r) => r.status === 'clean').length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.POSITIVE_INFINITY;
const min = times[0] ?? Number.POSITIVE_INFINITY;
console.log(
  `audit CSV: ${rowCount.toLocaleString('en-US')} rows (${(csv.length / 1024).toFixed(0)} KiB) parsed + audited in ` +
    `median ${median.toFixed(0)} ms, min ${min.toFixed(0)} ms over ${runs} runs ` +
    `(${rows} rows: ${clean} clean, ${rows - clean - malformed} with findings, ${malformed} malformed); target < ${targetMs} ms`,
);
if (rows !== rowCount) {
  console.error(`expected ${rowCount} rows, got ${rows}`);
  process.exit(1);
}
if (median > targetMs) {
  console.error(`over target: median ${median.toFixed(0)} ms > ${targetMs} ms`);
  process.exit(1);
}
