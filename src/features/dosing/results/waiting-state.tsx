// What the results area shows while the required inputs are not yet valid: what to enter, never
// a stale result.
type WaitingStateProps = { messages: string[]; loading?: boolean };

export function WaitingState({ messages, loading = false }: WaitingStateProps) {
  return (
    <div className="waiting" role="status">
      <p className="waiting__title">
        {loading
          ? 'Loading the calculator…'
          : 'Enter height, weight and dose to see the dose, kits and billing units.'}
      </p>
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
