// The questions of the label's dose-modification table (IXEMPRA prescribing information, section
// 2, Table 1): last cycle's dose, neuropathy, other grade 3 and grade 4 toxicities, neutrophils,
// febrile neutropenia, platelets, and recovery to grade 1 or less.
import { useFormContext, useFormState } from 'react-hook-form';
import { CheckField } from './check-field';
import { ChoiceGroup } from './choice-group';
import type { DosingFormValues } from './dosing-form.resource';
import { revalidateTouched } from './revalidate';
import { TextField } from './text-field';

export function LastCycleFieldsBody() {
  const form = useFormContext<DosingFormValues>();
  const { register } = form;
  const { errors } = useFormState({ control: form.control });
  return (
    <>
      <p className="group__intro">
        The label's table (section 2) sets the dose from the last cycle's dose and toxicities (NCI CTCAE
        grades). The prescriber sets the level.
      </p>
      <TextField
        id="lastDose"
        label="Last cycle's dose (mg/m²)"
        registration={register('lastDose')}
        error={errors.lastDose?.message}
      />
      <fieldset className="group">
        <legend>Peripheral neuropathy (worst since the last cycle)</legend>
        <ChoiceGroup
          idPrefix="neuropathy-grade"
          legend="Grade"
          showLegend
          options={['0', '1', '2', '3', '4'].map((grade) => ({ value: grade, label: grade }))}
          registration={register('neuropathyGrade', {
            onChange: () => revalidateTouched(form, ['neuropathyDays', 'lastDose']),
          })}
        />
        <TextField
          id="neuropathyDays"
          label="Days it lasted"
          inputMode="numeric"
          hint="Grade 2 or 3: 7 days or more changes the dose."
          registration={register('neuropathyDays')}
          error={errors.neuropathyDays?.message}
        />
        <CheckField
          id="neuropathyDisabling"
          label="Disabling"
          registration={register('neuropathyDisabling')}
        />
      </fieldset>
      <fieldset className="group">
        <legend>Other toxicities</legend>
        <CheckField
          id="otherGrade3"
          label="Another grade 3 toxicity"
          hint="Not counting transient arthralgia/myalgia, transient fatigue or grade 3 hand-foot syndrome: those change nothing."
          registration={register('otherGrade3')}
        />
        <CheckField id="anyGrade4" label="Any grade 4 toxicity" registration={register('anyGrade4')} />
      </fieldset>
      <fieldset className="group">
        <legend>Blood counts since the last cycle</legend>
        <div className="group__grid">
          <TextField
            id="lowestAnc"
            label="Lowest ANC (cells/mm³)"
            inputMode="numeric"
            registration={register('lowestAnc', {
              onChange: () => revalidateTouched(form, ['ancDaysBelow500']),
            })}
            error={errors.lowestAnc?.message}
          />
          <TextField
            id="ancDaysBelow500"
            label="Days below 500/mm³"
            inputMode="numeric"
            registration={register('ancDaysBelow500')}
            error={errors.ancDaysBelow500?.message}
          />
        </div>
        <CheckField
          id="febrileNeutropenia"
          label="Febrile neutropenia"
          registration={register('febrileNeutropenia')}
        />
        <div className="group__grid">
          <TextField
            id="lowestPlatelets"
            label="Lowest platelets (/mm³)"
            inputMode="numeric"
            registration={register('lowestPlatelets')}
            error={errors.lowestPlatelets?.message}
          />
        </div>
        <CheckField
          id="bleeding"
          label="With bleeding"
          hint="Platelets below 50,000/mm³ with bleeding reduce the dose."
          registration={register('bleeding')}
        />
      </fieldset>
      <ChoiceGroup
        idPrefix="recovered"
        legend="Non-hematologic toxicities recovered to grade 1 or less?"
        showLegend
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        registration={register('recovered')}
      />
    </>
  );
}
