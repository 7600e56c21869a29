// Under the key results: the kits actually opened (when entered) and the dose level the label's
// table supports after the last cycle (or "discontinue"), beside the ordered dose.
import type { CalculationSuccess } from '../../../domain';
import { describeVials } from '../../../domain';

export function CycleDaySummary({ result }: { result: CalculationSuccess }) {
  const { kitsOpened, toxicity } = result;
  if (!kitsOpened && !toxicity) return null;
  return (
    <div className="cycle-day">
      {kitsOpened ? (
        <p>
          <strong>Kits opened:</strong> {describeVials(kitsOpened)} = {result.billing.labeledTotalMg} mg
          labeled; discarded units billed from them.
        </p>
      ) : null}
      {toxicity ? (
        <p>
          <strong>After the last cycle:</strong>{' '}
          {toxicity.supportedDoseMgPerM2 === null
            ? 'the label says discontinue'
            : `label-supported level ${toxicity.supportedDoseMgPerM2} mg/m²`}
          ; ordered {result.orderedDoseMgPerM2} mg/m².
        </p>
      ) : null}
    </div>
  );
}
