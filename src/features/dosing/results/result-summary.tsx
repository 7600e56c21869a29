// The Result panel's content once there is a result: the hold banner, the key results, the cycle-day
// summary and the policy they follow. Its own chunk, loaded with the calculation core: no result
// exists before the core has arrived, so the first screen never needs it.
import type { CalculationSuccess, Check } from '../../../domain';
import { policySummary, type Settings } from '../settings/settings';
import { CycleDaySummary } from './cycle-day-summary';
import { HoldBanner } from './hold-banner';
import { KeyResults } from './key-results';

type ResultSummaryProps = {
  result: CalculationSuccess;
  stops: readonly Check[];
  labsEntered: boolean;
  settings: Settings;
};

export function ResultSummary({ result, stops, labsEntered, settings }: ResultSummaryProps) {
  return (
    <>
      <HoldBanner stops={stops} />
      <KeyResults result={result} onHold={stops.length > 0} labsEntered={labsEntered} />
      <CycleDaySummary result={result} />
      <p className="dosing__policy">Policy: {policySummary(settings)}</p>
    </>
  );
}
