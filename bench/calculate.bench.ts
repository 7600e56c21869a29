// calculate() speed on a spread of inputs (all five formulas, metric and imperial, labs, policies).
// Each call is timed alone with the high-resolution clock; the figure is the median. Target: < 20 µs.
import { calculate } from '../src/domain/index';
import type { CalculationInput } from '../src/domain/types';

const targetMicros = 20;
const formulas = ['mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd'] as const;

// A fixed pseudo-random spread (deterministic, so runs compare).
let seed = 20_261_127;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

function inputs(count: number, formula?: (typeof formulas)[number]): CalculationInput[] {
  return Array.from({ length: count }, (_, i) => {
    const imperial = i % 4 === 0;
    const heightCm = round(140 + rand() * 60, 1);
    const weightKg = round(40 + rand() * 100, 1);
    return {
      height: imperial ? { value: round(heightCm / 2.54, 1), unit: 'in' } : { value: heightCm, unit: 'cm' },
      weight: imperial
        ? { value: round(weightKg / 0.45359237, 1), unit: 'lb' }
        : { value: weightKg, unit: 'kg' },
      doseMgPerM2: [40, 32, 20, 35, 60][i % 5] ?? 40,
      bsaFormula: formula ?? formulas[i % formulas.length] ?? 'mosteller',
      policy: { vialRoundingPercent: ([0, 5, 10] as const)[i % 3] ?? 0 },
      infusionMinutes: 180,
      ...(i % 2 === 0
        ? { labs: { astXUln: 1, altXUln: 1.2, bilirubinXUln: 0.8, anc: 2000, platelets: 150_000 } }
        : {}),
    };
  });
}

function medianMicros(set: CalculationInput[], rounds: number): { median: number; p90: number } {
  // Warm-up: three passes over the whole set, so the figure is steady-state, not the JIT's first passes.
  for (let pass = 0; pass < 3; pass++) for (const input of set) calculate(input);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of set) {
      const start = process.hrtime.bigint();
      calculate(input);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p90: times[Math.floor(times.length * 0.9)] ?? 0,
  };
}

const all = medianMicros(inputs(1000), 5);
console.log(
  `calculate(), spread of all formulas: median ${all.median.toFixed(1)} µs, p90 ${all.p90.toFixed(1)} µs a call (5,000 calls)`,
);
for (const formula of formulas) {
  const one = medianMicros(inputs(400, formula), 3);
  console.log(`  ${formula.padEnd(13)} median ${one.median.toFixed(1)} µs, p90 ${one.p90.toFixed(1)} µs`);
}
const ok = all.median < targetMicros;
console.log(`${ok ? 'PASS' : 'FAIL'}: median ${all.median.toFixed(1)} µs vs target < ${targetMicros} µs`);
process.exit(ok ? 0 : 1);
