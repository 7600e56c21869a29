// The stop banner: a hold in words, announced at once. It never hides the numbers.
import type { Check } from '../../../domain';

export function HoldBanner({ stops }: { stops: readonly Check[] }) {
  if (stops.length === 0) return null;
  return (
    <div className="hold" role="alert">
      <p className="hold__title">Hold: do not give until resolved with the prescriber</p>
      <ul className="hold__list">
        {stops.map((check) => (
          <li key={check.code}>{check.message}</li>
        ))}
      </ul>
    </div>
  );
}
