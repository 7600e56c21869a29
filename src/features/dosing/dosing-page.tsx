// Placeholder for the chair-side page (issue 3 replaces it).
export function DosingPage() {
  return <h2>Dosing</h2>;
}
