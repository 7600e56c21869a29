// Property-test run counts, scaled by FC_RUNS_SCALE (e.g. 0.25 on a slow machine, 10 for a deep
// run) instead of being tuned to one machine's speed. At least one run.
const raw = Number(process.env.FC_RUNS_SCALE ?? 1);

/** The scale in use: a positive number, 1 when unset or unreadable. */
export const runsScale = Number.isFinite(raw) && raw > 0 ? raw : 1;

/** `n` runs at scale 1. */
export const runs = (n: number) => Math.max(1, Math.round(n * runsScale));
