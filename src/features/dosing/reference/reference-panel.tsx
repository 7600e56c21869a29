// The reference panel (loaded on demand): the label facts the page applies, the true descriptors
// of the codes confused with J9207, and why KX and RR do not belong on a J9207 line — each with
// its source. Facts come from the domain (built in) and the reference data file.
import { auditSources, sources } from '../../../domain';
import type { ReferenceData } from '../api/reference-data-schema';
import './reference-panel.css';

type ReferencePanelProps = { data: ReferenceData | undefined; unavailableReason: string | undefined };

function Source({ children }: { children: string }) {
  return <p className="ref__source">Source: {children}</p>;
}

export function ReferencePanel({ data, unavailableReason }: ReferencePanelProps) {
  return (
    <div className="ref">
      <section aria-labelledby="ref-dose">
        <h3 id="ref-dose">Dose and BSA cap</h3>
        <p>
          40 mg/m² IV over 3 hours every 3 weeks, alone or with capecitabine. A BSA above 2.2 m² is dosed on
          2.2 m² (40 mg/m² → at most 88 mg). The label names no BSA formula.
        </p>
        <Source>{sources.labelDose}</Source>
      </section>
      <section aria-labelledby="ref-hepatic">
        <h3 id="ref-hepatic">Hepatic impairment (starting dose, monotherapy)</h3>
        <div className="table-scroll">
          <table className="ref__table">
            <caption className="visually-hidden">Hepatic dose table</caption>
            <thead>
              <tr>
                <th scope="col">AST and ALT</th>
                <th scope="col">Bilirubin</th>
                <th scope="col">Dose</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>≤ 2.5 × ULN</td>
                <td>≤ 1 × ULN</td>
                <td>40 mg/m²</td>
              </tr>
              <tr>
                <td>≤ 10 × ULN</td>
                <td>≤ 1.5 × ULN</td>
                <td>32 mg/m²</td>
              </tr>
              <tr>
                <td>≤ 10 × ULN</td>
                <td>&gt; 1.5 and ≤ 3 × ULN</td>
                <td>20 mg/m² to start; at most 30 mg/m² later if tolerated</td>
              </tr>
              <tr>
                <td>&gt; 10 × ULN</td>
                <td>or &gt; 3 × ULN</td>
                <td>Not recommended</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>
          With capecitabine: contraindicated when AST or ALT &gt; 2.5 × ULN or bilirubin &gt; 1 × ULN (boxed
          warning).
        </p>
        <Source>{`${sources.labelHepatic}; ${sources.labelBoxed}`}</Source>
      </section>
      <section aria-labelledby="ref-interactions">
        <h3 id="ref-interactions">Interactions and counts</h3>
        <p>
          Strong CYP3A4 inhibitor that cannot be avoided: 20 mg/m² (a week's washout after stopping it).
          Strong CYP3A4 inducer: may rise gradually to 60 mg/m² over 4 hours. A new cycle needs ANC ≥
          1,500/mm³ and platelets ≥ 100,000/mm³.
        </p>
        <Source>{`${sources.labelCyp3a4}; ${sources.labelCounts}`}</Source>
      </section>
      <section aria-labelledby="ref-preparation">
        <h3 id="ref-preparation">Preparation</h3>
        <p>
          15 mg kit with 8 mL and 45 mg kit with 23.5 mL of the supplied diluent, both 2 mg/mL. Let the kit
          stand about 30 minutes at room temperature first. Reconstituted solution may stay in the vial up to
          1 hour. Dilute in Lactated Ringer's (or 0.9% NaCl only after pH adjustment with 2 mEq sodium
          bicarbonate for a 250 or 500 mL bag) to 0.2–0.6 mg/mL; DEHP-free bag and set, 0.2–1.2 µm in-line
          filter; finish within 6 hours of preparation.
        </p>
        <Source>{sources.labelPreparation}</Source>
      </section>
      <section aria-labelledby="ref-premed">
        <h3 id="ref-premed">Premedication (all patients, about 1 hour before)</h3>
        <p>
          An H1 antagonist (e.g. diphenhydramine 50 mg PO) and an H2 antagonist (e.g. famotidine). After a
          prior hypersensitivity reaction, add a corticosteroid (dexamethasone 20 mg IV 30 minutes before, or
          PO 60 minutes before). Oral premedication has no administration code.
        </p>
        <Source>{sources.label}</Source>
      </section>
      <section aria-labelledby="ref-codes">
        <h3 id="ref-codes">Codes confused with J9207 (true descriptors)</h3>
        {data ? (
          <>
            <div className="table-scroll">
              <table className="ref__table">
                <caption className="visually-hidden">True descriptors of codes confused with J9207</caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Descriptor</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{data.hcpcs.code}</th>
                    <td>{data.hcpcs.descriptor}</td>
                  </tr>
                  {data.confusedCodes.map((code) => (
                    <tr key={code.code}>
                      <th scope="row">{code.code}</th>
                      <td>{code.descriptor}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.confusedCodesNote ? <p>{data.confusedCodesNote}</p> : null}
            <Source>{data.source}</Source>
          </>
        ) : (
          <p className="ref__unavailable">
            Unavailable: {unavailableReason ?? 'the reference data has not loaded'}. J9207 is "Injection,
            ixabepilone, 1 mg".
          </p>
        )}
      </section>
      <section aria-labelledby="ref-modifiers">
        <h3 id="ref-modifiers">Why KX and RR do not belong on a J9207 line</h3>
        <p>
          KX ("requirements of medical policy met") belongs on a line only where a payer's policy asks for it,
          so it is never added by default. RR is a DME rental modifier and does not belong on a J9207 line.
          The J9207 lines carry JW (discarded) or JZ (none discarded), and JG or TB when the drug was bought
          at 340B prices.
        </p>
        <Source>{`${sources.jwjz}; ${sources.modifierDescriptors}`}</Source>
      </section>
      <section aria-labelledby="ref-payment">
        <h3 id="ref-payment">Payment limit</h3>
        <p>
          {data?.paymentLimit.perUnitUsd != null
            ? `$${data.paymentLimit.perUnitUsd} per unit (${data.paymentLimit.quarter ?? 'quarter not given'}).`
            : 'No verified J9207 payment limit: take the current quarter from the CMS ASP file (Payment Limit column).'}
        </p>
        <Source>{auditSources.revenue}</Source>
      </section>
    </div>
  );
}
