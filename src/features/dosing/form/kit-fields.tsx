// The kit sizes on hand today (default from Settings: what the pharmacy stocks) and, once the kits
// are opened, how many of each: the discarded units and JW/JZ then come from them.
import { useFormContext, useFormState } from 'react-hook-form';
import { ChoiceGroup } from './choice-group';
import { type DosingFormValues, kitSizeOptions } from './dosing-form-values';
import { revalidateTouched } from './revalidate';
import { TextField } from './text-field';
import './optional-fields.css';
import './cycle-day.css';

export function KitFields() {
  const form = useFormContext<DosingFormValues>();
  const { register } = form;
  const { errors } = useFormState({ control: form.control });
  return (
    <div className="kits-input">
      <ChoiceGroup
        idPrefix="kit-sizes"
        legend="Kit sizes on hand"
        showLegend
        options={kitSizeOptions}
        registration={register('kitSizes', {
          onChange: () => revalidateTouched(form, ['kitsOpened15', 'kitsOpened45']),
        })}
        className="choice--kits"
      />
      <fieldset className="group">
        <legend>
          Kits actually opened <span className="disclosure__hint">(optional)</span>
        </legend>
        <div className="group__grid">
          <TextField
            id="kitsOpened45"
            label="Kits opened, 45 mg"
            inputMode="numeric"
            registration={register('kitsOpened45', {
              onChange: () => revalidateTouched(form, ['kitsOpened15']),
            })}
            error={errors.kitsOpened45?.message}
          />
          <TextField
            id="kitsOpened15"
            label="Kits opened, 15 mg"
            inputMode="numeric"
            registration={register('kitsOpened15', {
              onChange: () => revalidateTouched(form, ['kitsOpened45']),
            })}
            error={errors.kitsOpened15?.message}
          />
        </div>
        <p className="field__hint">Discarded units are billed from the kits opened (labeled amount).</p>
      </fieldset>
    </div>
  );
}
