// A visible notice about the saved settings (reset after corruption, or not savable).
export function SettingsNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="notice notice--warning" role="status">
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
