// Placeholder for the coder's audit view (issue 4 replaces it).
export function AuditPage() {
  return <h2>Audit</h2>;
}
