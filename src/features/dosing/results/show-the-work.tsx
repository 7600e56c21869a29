// "Show the work": one tap opens every step with its numbers and its rule's source.
import { useState } from 'react';
import type { Step } from '../../../domain';

export function ShowTheWork({ steps }: { steps: readonly Step[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="work-heading">
      <h2 id="work-heading" className="panel__heading-row">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="work-steps"
          onClick={() => setOpen((value) => !value)}
        >
          Show the work
        </button>
      </h2>
      <ol id="work-steps" className="steps" aria-label="Steps of the calculation" hidden={!open}>
        {steps.map((step) => (
          <li key={step.id} className="step">
            <p className="step__title">{step.title}</p>
            <p className="step__expression">{step.expression}</p>
            <p className="step__result">= {step.result}</p>
            <p className="step__source">Source: {step.source}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
