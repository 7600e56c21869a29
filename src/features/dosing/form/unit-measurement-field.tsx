// A measurement typed with its unit beside it (height in cm/in, weight in kg/lb). Switching the
// unit while a number is typed never reinterprets it silently: the unit stays as it was until the
// user answers which was meant — convert the number (exact factors, shown at 0.01 when not exact)
// or keep the number in the new unit. A height typed in feet and inches shows its exact conversion.
import { type ReactNode, useState } from 'react';
import { type UseFormRegisterReturn, useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { MeasurementUnit } from '../../../domain';
import { useAfterFirstUse } from '../../../lib/after-hydration';
import { loadOnce, useLoaded } from '../../../lib/load-once';
import { parseDecimalText } from '../../../lib/parse-number';
import { ChoiceGroup } from './choice-group';
import type { DosingFormValues } from './dosing-form.resource';
import { revalidateTouched } from './revalidate';
import { TextField } from './text-field';

const measurements = {
  height: { unitName: 'heightUnit', idPrefix: 'height-unit', units: ['cm', 'in'] },
  weight: { unitName: 'weightUnit', idPrefix: 'weight-unit', units: ['kg', 'lb'] },
  previousWeight: { unitName: 'previousWeightUnit', idPrefix: 'previous-weight-unit', units: ['kg', 'lb'] },
} as const;

type UnitMeasurementFieldProps = {
  name: keyof typeof measurements;
  label: string;
  hint?: ReactNode;
};

const unitWords: Readonly<Record<MeasurementUnit, string>> = {
  cm: 'cm',
  in: 'inches',
  kg: 'kg',
  lb: 'pounds',
};

type Question = { from: MeasurementUnit; to: MeasurementUnit; text: string; value: string };

// The exact conversions (with decimal.js-light) load with the calculation core, not in the first
// load; a unit switch waits for them, and the feet-and-inches hint appears once they are there.
type MeasurementUnits = typeof import('../../../domain/measurement-units');
export const measurementUnits = loadOnce(() => import('../../../domain/measurement-units'));

/** The typed number in `unit` (a height in feet and inches is read exactly), or undefined. */
function typedNumber(
  { feetInchesAsUnit }: MeasurementUnits,
  text: string,
  unit: MeasurementUnit,
): string | undefined {
  if (unit === 'cm' || unit === 'in') {
    const feetInches = feetInchesAsUnit(text, unit);
    if (feetInches !== undefined) return feetInches;
  }
  const value = parseDecimalText(text);
  return value === undefined ? undefined : String(value);
}

export function UnitMeasurementField({ name, label, hint }: UnitMeasurementFieldProps) {
  const form = useFormContext<DosingFormValues>();
  const { register, getValues, setValue, control } = form;
  const { errors } = useFormState({ control: form.control });
  const { unitName, idPrefix, units } = measurements[name];
  const [question, setQuestion] = useState<Question | undefined>();
  // Only the height shows a hint from what is typed (feet and inches): a keystroke in a weight does
  // not re-render its field.
  const text = useWatch({ control, name, disabled: name !== 'height' });
  const loaded = useLoaded(measurementUnits, useAfterFirstUse());
  const feetInches = name === 'height' ? loaded?.describeFeetInches(text) : undefined;

  const unitRegistration = register(unitName);
  const onUnitChange: UseFormRegisterReturn['onChange'] = async (event) => {
    const to = (event.target as HTMLInputElement).value as MeasurementUnit;
    const from = getValues(unitName) as MeasurementUnit;
    const typed = getValues(name);
    let conversions = measurementUnits.current();
    if (!conversions) {
      // Keep the unit while the conversions load (a moment, once): never switch before asking.
      setValue(unitName, from);
      conversions = await measurementUnits.load();
    }
    // Feet and inches carry their own unit: nothing to reinterpret.
    const carriesUnit = name === 'height' && conversions.describeFeetInches(typed) !== undefined;
    const value = to === from || carriesUnit ? undefined : typedNumber(conversions, typed, from);
    if (value === undefined) {
      setQuestion(undefined);
      await unitRegistration.onChange(event);
      setValue(unitName, to as never);
      revalidateTouched(form, [name]);
      return;
    }
    // Keep the unit until the user says which was meant.
    setValue(unitName, from);
    setQuestion({ from, to, text: typed.trim(), value });
  };

  const answer = (convert: boolean) => {
    if (!question || !loaded) return;
    const conversion = loaded.convertMeasurement(question.value, question.from, question.to);
    setValue(unitName, question.to as never);
    if (convert && conversion) setValue(name, conversion.text);
    setQuestion(undefined);
    revalidateTouched(form, [name]);
  };

  const conversion = question
    ? loaded?.convertMeasurement(question.value, question.from, question.to)
    : undefined;
  return (
    <TextField
      id={name}
      label={label}
      registration={register(name, { onChange: () => setQuestion(undefined) })}
      error={errors[name]?.message}
      {...(hint || feetInches ? { hint: feetInches ?? hint } : {})}
      className="field--with-unit"
      after={
        question && conversion ? (
          <fieldset className="unit-question">
            <legend className="unit-question__text">
              {label} {question.text} {question.from}, switching to {unitWords[question.to]}: convert the
              number, or keep {question.value}?
            </legend>
            <div className="unit-question__actions">
              <button type="button" className="unit-question__button" onClick={() => answer(true)}>
                Convert: {conversion.exact ? '' : '≈ '}
                {conversion.text} {question.to}
              </button>
              <button type="button" className="unit-question__button" onClick={() => answer(false)}>
                Keep {question.value} as {question.to}
              </button>
              <button type="button" className="unit-question__button" onClick={() => setQuestion(undefined)}>
                Cancel: stay in {question.from}
              </button>
            </div>
            <p className="unit-question__working">{conversion.working}</p>
          </fieldset>
        ) : null
      }
    >
      <ChoiceGroup
        idPrefix={idPrefix}
        legend={`${label} unit`}
        options={units.map((unit) => ({ value: unit, label: unit }))}
        registration={{ ...unitRegistration, onChange: onUnitChange }}
        className="choice--unit"
      />
    </TextField>
  );
}
