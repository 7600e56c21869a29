// The required inputs: height and weight with their units, the ordered dose (prefilled with the
// label dose) and the regimen.
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { ChoiceGroup } from './choice-group';
import { type DosingFormValues, labelDoseText } from './dosing-form-values';
import { TextField } from './text-field';
import { UnitMeasurementField } from './unit-measurement-field';

export function MeasurementFields() {
  const form = useFormContext<DosingFormValues>();
  const { register, control } = form;
  const { errors } = useFormState({ control: form.control });
  const dose = useWatch({ control, name: 'dose' });
  const isLabelDose = dose.trim() === labelDoseText;
  return (
    <div className="measurements">
      <UnitMeasurementField name="height" label="Height" />
      <UnitMeasurementField name="weight" label="Weight" />
      <TextField
        id="dose"
        label="Dose (mg/m²)"
        registration={register('dose')}
        defaultValue={labelDoseText}
        error={errors.dose?.message}
        hint={
          isLabelDose ? (
            <>
              <span className="badge">Label dose</span> prefilled: 40 mg/m² every 3 weeks. Change it to what
              is ordered.
            </>
          ) : (
            'Ordered dose, changed from the label dose of 40 mg/m².'
          )
        }
      />
      <ChoiceGroup
        idPrefix="regimen"
        legend="Regimen"
        showLegend
        options={[
          { value: 'monotherapy', label: 'Ixabepilone alone' },
          { value: 'with-capecitabine', label: 'With capecitabine' },
        ]}
        registration={register('regimen')}
        className="choice--regimen"
      />
    </div>
  );
}
