// The institution-policy settings panel: BSA formula, rounding, vial rounding, NDC unit qualifier,
// 340B modifier and the default site of care. Every change is saved at once (localStorage).
import type { ChangeEvent } from 'react';
import type { Settings } from './settings';
import './settings-panel.css';

type SelectSetting = {
  [K in keyof Settings]-?: {
    key: K;
    label: string;
    hint?: string;
    options: readonly { value: Settings[K]; label: string }[];
  };
}[keyof Settings];

const fields: readonly SelectSetting[] = [
  {
    key: 'bsaFormula',
    label: 'BSA formula',
    hint: 'The label names no formula: an institutional choice.',
    options: [
      { value: 'mosteller', label: 'Mosteller' },
      { value: 'dubois', label: 'Du Bois & Du Bois' },
      { value: 'haycock', label: 'Haycock' },
      { value: 'gehan-george', label: 'Gehan & George' },
      { value: 'boyd', label: 'Boyd' },
    ],
  },
  {
    key: 'bsaDecimals',
    label: 'BSA rounding',
    options: [
      { value: 2, label: 'Half-up to 0.01 m²' },
      { value: null, label: 'None (unrounded)' },
    ],
  },
  {
    key: 'doseDecimals',
    label: 'Dose rounding',
    options: [
      { value: 1, label: 'Half-up to 0.1 mg' },
      { value: 0, label: 'Half-up to 1 mg' },
      { value: 2, label: 'Half-up to 0.01 mg' },
    ],
  },
  {
    key: 'vialRoundingPercent',
    label: 'Vial rounding',
    hint: 'Round to the nearest vial total within this share (HOPA position).',
    options: [
      { value: 0, label: 'Off' },
      { value: 5, label: 'Within 5%' },
      { value: 10, label: 'Within 10%' },
    ],
  },
  {
    key: 'ndcQualifier',
    label: 'NDC unit qualifier',
    hint: 'Payers differ: UN counts kits, ME counts milligrams.',
    options: [
      { value: 'UN', label: 'UN (unit)' },
      { value: 'ME', label: 'ME (milligram)' },
    ],
  },
  {
    key: 'modifier340B',
    label: '340B modifier',
    options: [
      { value: 'JG', label: 'JG' },
      { value: 'TB', label: 'TB (informational)' },
    ],
  },
  {
    key: 'kitSizes',
    label: 'Kit sizes the pharmacy stocks',
    hint: 'The default for "Kit sizes on hand" on the form.',
    options: [
      { value: 'both', label: '15 mg and 45 mg' },
      { value: '45', label: '45 mg only' },
      { value: '15', label: '15 mg only' },
    ],
  },
  {
    key: 'defaultSiteOfCare',
    label: 'Default site of care',
    options: [
      { value: 'hospital-outpatient', label: 'Hospital outpatient (UB-04)' },
      { value: 'office', label: 'Office (CMS-1500)' },
    ],
  },
];

type SettingsPanelProps = {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onReset: () => void;
};

export function SettingsPanel({ settings, onChange, onReset }: SettingsPanelProps) {
  return (
    <div>
      <p className="panel__intro">Saved in this browser. Patient values are never saved.</p>
      <div className="settings-grid">
        {fields.map((field) => {
          const id = `setting-${field.key}`;
          const current = settings[field.key] ?? (field.key === 'kitSizes' ? 'both' : undefined);
          const index = field.options.findIndex((option) => option.value === current);
          const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
            const option = field.options[Number(event.target.value)];
            if (option) onChange({ [field.key]: option.value } as Partial<Settings>);
          };
          return (
            <div className="field" key={field.key}>
              <label className="field__label" htmlFor={id}>
                {field.label}
              </label>
              <select
                id={id}
                className="field__select"
                value={String(index)}
                onChange={onSelect}
                aria-describedby={field.hint ? `${id}-hint` : undefined}
              >
                {field.options.map((option, i) => (
                  <option key={option.label} value={String(i)}>
                    {option.label}
                  </option>
                ))}
              </select>
              {field.hint ? (
                <p className="field__hint" id={`${id}-hint`}>
                  {field.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="button" className="button button--secondary" onClick={onReset}>
        Reset settings to defaults
      </button>
    </div>
  );
}
