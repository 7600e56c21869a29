// What the app shell may plug into the dosing page without this feature importing another: the
// independent double check (after the first result) and the time limits. The page hands each a
// small context in domain terms; timing checks join the result's checks so a timing stop holds the
// claim lines, the documentation note and the worksheet like any other stop.
import type { ReactNode } from 'react';
import type {
  BsaFormula,
  Check,
  DoubleCheckEntry,
  DoubleCheckNote,
  Policy,
  PreparationTimes,
} from '../../domain';
import type { DosingEvaluation } from './form/dosing-form.resource';

/** A successful evaluation of the dosing form. */
export type DosingOk = Extract<DosingEvaluation, { ok: true }>;
type Ok = DosingOk;

export type SecondCheckContext = {
  /** The first calculation's entry, read only when the second person compares. */
  getFirstEntry: () => DoubleCheckEntry | undefined;
  firstReady: boolean;
  institution: { bsaFormula: BsaFormula; policy: Required<Policy> };
  /** True while the second person enters: the page takes the first calculation off the DOM. */
  onBlindChange: (blind: boolean) => void;
  /** The double check's record for the printed worksheet. */
  onRecordChange: (record: ReactNode | undefined) => void;
  /** A mismatch is a stop: the dose is not given (and not billed) until both checks agree. */
  onChecksChange: (checks: Check[]) => void;
  /** The double check for the documentation note (initials, match or causes); undefined when none. */
  onNoteChange?: (note: DoubleCheckNote | undefined) => void;
};

export type TimingContext = {
  infusionStart: string;
  infusionStop: string;
  strongCyp3a4Inducer: boolean;
  onChecksChange: (checks: Check[]) => void;
  /** Reconstitution and preparation times with their limits, for the note and the worksheet. */
  onTimesChange?: (times: PreparationTimes | undefined) => void;
};

export type DosingExtensions = {
  secondCheck?: (context: SecondCheckContext) => ReactNode;
  timing?: (context: TimingContext) => ReactNode;
  /**
   * Settles once the extensions are on the page (or their code failed to load). The sections below
   * them appear only then, so the extensions' arrival never pushes visible content down (no layout
   * shift). The same promise on every call.
   */
  ready?: () => Promise<unknown>;
};

/** The first calculation as the double check compares it. */
export function firstEntry(ok: Ok | undefined): DoubleCheckEntry | undefined {
  if (!ok) return undefined;
  const { input } = ok;
  return {
    height: input.height,
    weight: input.weight,
    doseMgPerM2: input.doseMgPerM2,
    bsaFormula: input.bsaFormula ?? 'mosteller',
    ...(input.policy ? { policy: input.policy } : {}),
  };
}

const rank = { stop: 0, warning: 1, info: 2 } as const;

/** The evaluation with the extensions' checks (timing, double check) added to its result's (stops first). */
export function withTimingChecks(ok: Ok | undefined, timing: readonly Check[]): Ok | undefined {
  if (!ok || timing.length === 0) return ok;
  const checks = [...ok.result.checks, ...timing].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...ok, result: { ...ok.result, checks } };
}
