// The stop banner: a hold in words, announced at once. It never hides the numbers.
// Its title says who resolves it, per kind of stop (holdStatus).
import { type Check, holdStatus } from '../../../domain';

export function HoldBanner({ stops }: { stops: readonly Check[] }) {
  const hold = holdStatus(stops);
  if (!hold.onHold) return null;
  return (
    <div className="hold" role="alert">
      <p className="hold__title">Hold: {hold.actions.join(' ')}</p>
      <ul className="hold__list">
        {stops.map((check) => (
          <li key={check.code}>{check.message}</li>
        ))}
      </ul>
    </div>
  );
}
