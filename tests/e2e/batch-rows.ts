// Generated audit CSV rows for the large-batch tests (nothing committed as a data file): a mix of
// clean claims, common errors, doses worked out from height/weight/mg/m² and malformed rows,
// the same templates as bench/audit.bench.ts.
export const batchHeader =
  'claim_id,date_of_service,payer,kx_required,dose_mg,height_cm,weight_kg,dose_mg_per_m2,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines,pa_number,pa_valid_from,pa_valid_to,pa_units';

/** Row i; i % 8 picks the template (0, 1 clean; 2 JW missing; 3 worked-out dose; 4 PA expired; 5 confused code; 6, 7 malformed). */
export function batchRow(i: number): string {
  const dose = (600 + ((i * 37) % 281)) / 10; // 60.0 … 88.0 mg
  const given = Math.ceil(dose);
  const fifteens = Math.ceil(dose / 15);
  const k45 = Math.floor(fifteens / 3);
  const k15 = fifteens - k45 * 3;
  const total = fifteens * 15;
  const discardedMg = ((total * 10 - Math.round(dose * 10)) / 10).toString();
  const jw = total - given;
  const drug = jw > 0 ? `J9207 × ${given}; J9207-JW × ${jw}` : `J9207-JZ × ${given}`;
  const admin = '96413 x 1; 96415 x 2';
  const id = `B-${i}`;
  switch (i % 8) {
    case 0:
    case 1:
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug}; ${admin},,,,`;
    case 2:
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,J9207 x ${given}; ${admin},,,,`;
    case 3:
      return `${id},2026-11-20,medicare,,,${150 + (i % 50)},${50 + (i % 60)},40,,,,09:00,12:00,J9207 x 73; J9207-JW x 2; ${admin},,,,`;
    case 4:
      return `${id},2026-11-20,commercial,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug}; ${admin},PA-${i},2026-01-01,2026-10-31,90`;
    case 5:
      return `${id},2026-11-20,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,J9371 x ${given}; 96413 x 1; 96415 x 3,,,,`;
    case 6: // unquoted decimal comma shifts the columns
      return `${id},2026-11-20,medicare,,72,8,,,,2,1,2.2,09:00,12:00,${drug},,,,`;
    default: // 30 February
      return `${id},2026-02-30,medicare,,${dose},,,,${k15},${k45},${discardedMg},09:00,12:00,${drug},,,,`;
  }
}

/** A CSV of `count` generated rows with a header, CRLF line ends and a UTF-8 byte-order mark. */
export function batchCsv(count: number): string {
  const lines = [batchHeader];
  for (let i = 0; i < count; i += 1) lines.push(batchRow(i));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
