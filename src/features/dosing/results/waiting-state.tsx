// What the results area shows while the required inputs are not yet valid: what to enter, never
// a stale result.
type WaitingStateProps = { messages: string[] };

export function WaitingState({ messages }: WaitingStateProps) {
  return (
    <div className="waiting" role="status">
      <p className="waiting__title">Enter height, weight and dose to see the dose, kits and billing units.</p>
      {messages.length > 0 ? (
        <ul className="waiting__list">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
