// Says plainly when the reference data is unavailable and what that means for the page.
type ReferenceStatusProps = { status: 'pending' | 'error' | 'success'; reason: string | undefined };

export function ReferenceStatus({ status, reason }: ReferenceStatusProps) {
  if (status !== 'error') return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>Reference data unavailable</strong> ({reason ?? 'unknown reason'}). The dose, kits and J9207
        units are still worked out from the built-in label facts. Unavailable: the kit NDCs (type them from
        the carton) and the descriptors of the codes confused with J9207.
      </p>
    </div>
  );
}
