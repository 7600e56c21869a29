// The required inputs: height and weight with their units, the ordered dose (prefilled with the
// label dose) and the regimen.
import { useFormContext, useWatch } from 'react-hook-form';
import { ChoiceGroup } from './choice-group';
import { type DosingFormValues, labelDoseText } from './dosing-form.resource';
import { revalidateTouched } from './revalidate';
import { TextField } from './text-field';

export function MeasurementFields() {
  const form = useFormContext<DosingFormValues>();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const dose = useWatch({ control, name: 'dose' });
  const isLabelDose = dose.trim() === labelDoseText;
  return (
    <div className="measurements">
      <TextField
        id="height"
        label="Height"
        registration={register('height')}
        error={errors.height?.message}
        className="field--with-unit"
      >
        <ChoiceGroup
          idPrefix="height-unit"
          legend="Height unit"
          options={[
            { value: 'cm', label: 'cm' },
            { value: 'in', label: 'in' },
          ]}
          registration={register('heightUnit', { onChange: () => revalidateTouched(form, ['height']) })}
          className="choice--unit"
        />
      </TextField>
      <TextField
        id="weight"
        label="Weight"
        registration={register('weight')}
        error={errors.weight?.message}
        className="field--with-unit"
      >
        <ChoiceGroup
          idPrefix="weight-unit"
          legend="Weight unit"
          options={[
            { value: 'kg', label: 'kg' },
            { value: 'lb', label: 'lb' },
          ]}
          registration={register('weightUnit', { onChange: () => revalidateTouched(form, ['weight']) })}
          className="choice--unit"
        />
      </TextField>
      <TextField
        id="dose"
        label="Dose (mg/m²)"
        registration={register('dose')}
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
