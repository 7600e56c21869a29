// The corrected lines as 837P and 837I segments, to compare with the coder's own file and copy.
// NDCs come only from what the coder types from the carton (per kit strength documented); anything
// the audit does not know stays a bracketed placeholder, listed with its meaning.
import { useId, useState } from 'react';
import {
  type BilledLine,
  claimSegments,
  type SegmentQualifier,
  segmentsText,
  type VialCount,
} from '../../domain';
import { CopyButton } from './copy-button';

type Props = { corrected: BilledLine[]; kits?: VialCount[] | undefined };

export function ClaimSegmentsPanel({ corrected, kits }: Props) {
  const id = useId();
  const [qualifier, setQualifier] = useState<SegmentQualifier>('UN');
  const [ndcs, setNdcs] = useState<Record<number, string>>({});
  const strengths = [...new Set((kits ?? []).filter((k) => k.count > 0).map((k) => k.strengthMg))].sort(
    (a, b) => a - b,
  );
  const segments = claimSegments(corrected, { ...(kits ? { kits } : {}), ndcs, qualifier });
  const blocks = [
    {
      key: 'p',
      title: '837P (professional): loop 2400 SV1, loop 2410 LIN and CTP',
      groups: segments.professional,
    },
    {
      key: 'i',
      title: '837I (institutional): loop 2400 SV2 with revenue code 0636, loop 2410 LIN and CTP',
      groups: segments.institutional,
    },
  ];
  return (
    <section className="audit-segments" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Claim segments for the corrected lines</h3>
      <div className="audit-segments__inputs">
        <div className="audit-field">
          <label htmlFor={`${id}-qualifier`}>NDC unit qualifier</label>
          <select
            id={`${id}-qualifier`}
            value={qualifier}
            onChange={(e) => setQualifier(e.target.value as SegmentQualifier)}
          >
            <option value="UN">UN (units: kits)</option>
            <option value="ME">ME (milligrams)</option>
          </select>
        </div>
        {strengths.map((s) => {
          const error = segments.errors.find((e) => e.field === `ndc${s}`);
          return (
            <div key={s} className={`audit-field${error ? ' audit-field--invalid' : ''}`}>
              <label htmlFor={`${id}-ndc${s}`}>NDC on the {s} mg kit carton</label>
              <input
                id={`${id}-ndc${s}`}
                autoComplete="off"
                value={ndcs[s] ?? ''}
                onChange={(e) => setNdcs({ ...ndcs, [s]: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-ndc${s}-error` : `${id}-ndc-hint`}
              />
              {error ? (
                <p id={`${id}-ndc${s}-error`} className="audit-field__error">
                  {error.message}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <p id={`${id}-ndc-hint`} className="audit-field__hint">
        Type the NDC as printed on the carton of the kits used: the app never fills one in.
      </p>
      {blocks.map((b) => {
        const text = segmentsText(b.groups);
        return (
          <div key={b.key} className="audit-segments__block">
            <label className="audit-segments__label" htmlFor={`${id}-${b.key}`}>
              {b.title}
            </label>
            <textarea
              id={`${id}-${b.key}`}
              className="audit-segments__text"
              readOnly
              spellCheck={false}
              wrap="off"
              rows={Math.max(2, text.split('\n').length)}
              value={text}
            />
            <CopyButton text={text} label={`Copy ${b.key === 'p' ? '837P' : '837I'} segments`} />
          </div>
        );
      })}
      {segments.placeholders.length > 0 ? (
        <>
          <h4>Fill in before comparing</h4>
          <ul className="audit-segments__placeholders">
            {segments.placeholders.map((p) => (
              <li key={p.text}>
                <code>{p.text}</code>: {p.meaning}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {segments.notes.map((n) => (
        <p key={n} className="audit-field__hint">
          {n}
        </p>
      ))}
      <p className="audit-field__hint">Source: {segments.source}.</p>
    </section>
  );
}
