// A measurement typed with its unit beside it (height in cm/in, weight in kg/lb): changing the unit
// re-checks the typed number, never converts it (the BMI check catches a unit mix-up).
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
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

export function UnitMeasurementField({ name, label, hint }: UnitMeasurementFieldProps) {
  const form = useFormContext<DosingFormValues>();
  const {
    register,
    formState: { errors },
  } = form;
  const { unitName, idPrefix, units } = measurements[name];
  return (
    <TextField
      id={name}
      label={label}
      registration={register(name)}
      error={errors[name]?.message}
      {...(hint ? { hint } : {})}
      className="field--with-unit"
    >
      <ChoiceGroup
        idPrefix={idPrefix}
        legend={`${label} unit`}
        options={units.map((unit) => ({ value: unit, label: unit }))}
        registration={register(unitName, { onChange: () => revalidateTouched(form, [name]) })}
        className="choice--unit"
      />
    </TextField>
  );
}
