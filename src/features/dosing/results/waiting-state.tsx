// What the results area shows while the required inputs are not yet valid: what to enter, never
// a stale result.
type WaitingStateProps = { messages: string[]; loading?: boolean; failed?: boolean };

export function WaitingState({ messages, loading = false, failed = false }: WaitingStateProps) {
  return (
    <div className="waiting" role="status">
      <p className="waiting__title">
        {failed && loading
          ? 'The calculator could not be loaded (no connection?): reload the page.'
          : loading
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
