// The optional inputs (opened from OptionalFields): liver tests (as multiples of ULN, or value and
// ULN), counts, CYP3A4 interactions, infusion times, 340B and the site of care.
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import {
  formatDuration,
  infusionMinutesBetween,
  longestInfusionMinutes,
  multipleOfUln,
} from '../../../domain';
import { parseDecimalText } from '../../../lib/parse-number';
import { NowButton, tidyTime, timeHint, timeInputProps } from '../../../lib/time-field';
import { CheckField } from './check-field';
import { ChoiceGroup } from './choice-group';
import type { DosingField, DosingFormValues } from './dosing-form.resource';
import './optional-fields.css';
import { revalidateTouched } from './revalidate';
import { TextField } from './text-field';
import { UnitMeasurementField } from './unit-measurement-field';

const liverTests = [
  { key: 'ast', label: 'AST', unit: 'U/L' },
  { key: 'alt', label: 'ALT', unit: 'U/L' },
  { key: 'bilirubin', label: 'Bilirubin', unit: 'mg/dL' },
] as const;

/** The value ÷ ULN the calculation will use, shown under the pair (exact decimal division). */
function LiverMultiple({ name, valueKey }: { name: string; valueKey: 'ast' | 'alt' | 'bilirubin' }) {
  const { control } = useFormContext<DosingFormValues>();
  const [value, uln] = useWatch({ control, name: [valueKey, `${valueKey}Uln`] });
  const v = parseDecimalText(value);
  const u = parseDecimalText(uln);
  const multiple = v !== undefined && u !== undefined ? multipleOfUln(v, u) : undefined;
  if (multiple === undefined) return null;
  return (
    <p className="pair__result">
      {name} {v} ÷ {u} = {multiple} × ULN
    </p>
  );
}

function LiverFields() {
  const form = useFormContext<DosingFormValues>();
  const { register, control } = form;
  const { errors } = useFormState({ control: form.control });
  const entry = useWatch({ control, name: 'liverEntry' });
  return (
    <fieldset className="group">
      <legend>Liver tests</legend>
      <ChoiceGroup
        idPrefix="liver-entry"
        legend="Enter liver tests as"
        showLegend
        options={[
          { value: 'multiple', label: '× ULN' },
          { value: 'value', label: 'Value and ULN' },
        ]}
        registration={register('liverEntry', {
          onChange: () =>
            revalidateTouched(form, ['ast', 'alt', 'bilirubin', 'astUln', 'altUln', 'bilirubinUln']),
        })}
      />
      <div className="group__grid">
        {liverTests.map((test) =>
          entry === 'multiple' ? (
            <TextField
              key={test.key}
              id={test.key}
              label={`${test.label} (× ULN)`}
              registration={register(test.key)}
              error={errors[test.key]?.message}
            />
          ) : (
            <div className="pair" key={test.key}>
              <TextField
                id={test.key}
                label={`${test.label} (${test.unit})`}
                registration={register(test.key, {
                  onChange: () => revalidateTouched(form, [`${test.key}Uln`]),
                })}
                error={errors[test.key]?.message}
              />
              <TextField
                id={`${test.key}Uln`}
                label={`${test.label} upper limit of normal (${test.unit})`}
                registration={register(`${test.key}Uln`, {
                  onChange: () => revalidateTouched(form, [test.key]),
                })}
                error={errors[`${test.key}Uln`]?.message}
              />
              <LiverMultiple name={test.label} valueKey={test.key} />
            </div>
          ),
        )}
      </div>
    </fieldset>
  );
}

function CountFields() {
  const form = useFormContext<DosingFormValues>();
  const { register } = form;
  const { errors } = useFormState({ control: form.control });
  return (
    <fieldset className="group">
      <legend>Counts</legend>
      <div className="group__grid">
        <TextField
          id="anc"
          label="ANC (cells/mm³)"
          inputMode="numeric"
          registration={register('anc')}
          error={errors.anc?.message}
          hint="A cycle needs ≥ 1,500."
        />
        <TextField
          id="platelets"
          label="Platelets (/mm³)"
          inputMode="numeric"
          registration={register('platelets')}
          error={errors.platelets?.message}
          hint="A cycle needs ≥ 100,000."
        />
      </div>
    </fieldset>
  );
}

function InteractionFields() {
  const { register } = useFormContext<DosingFormValues>();
  return (
    <fieldset className="group">
      <legend>Interactions</legend>
      <CheckField
        id="cypInhibitor"
        label="Strong CYP3A4 inhibitor that cannot be avoided"
        hint="Label: 20 mg/m²."
        registration={register('cypInhibitor')}
      />
      <CheckField
        id="cypInducer"
        label="Strong CYP3A4 inducer that cannot be avoided"
        hint="Label: may rise gradually to 60 mg/m² over 4 hours."
        registration={register('cypInducer')}
      />
    </fieldset>
  );
}

function InfusionFields() {
  const form = useFormContext<DosingFormValues>();
  const { register, control, setValue } = form;
  const { errors } = useFormState({ control: form.control });
  const [start, stop] = useWatch({ control, name: ['infusionStart', 'infusionStop'] });
  const minutes = start && stop ? infusionMinutesBetween(start, stop) : undefined;
  const timeField = (name: 'infusionStart' | 'infusionStop', label: string, other: DosingField) => (
    <TextField
      id={name}
      label={label}
      inputMode={timeInputProps.inputMode}
      placeholder={timeInputProps.placeholder}
      pattern={timeInputProps.pattern}
      hint={timeHint}
      registration={register(name, {
        onChange: () => revalidateTouched(form, [other]),
        onBlur: (event: { target: { value: string } }) => {
          const tidy = tidyTime(event.target.value);
          if (tidy !== event.target.value) setValue(name, tidy, { shouldValidate: true });
        },
      })}
      error={errors[name]?.message}
    >
      <NowButton
        purpose={name === 'infusionStart' ? 'the start of the infusion' : 'the end of the infusion'}
        onNow={(time) => {
          setValue(name, time, { shouldTouch: true, shouldValidate: true });
          revalidateTouched(form, [other]);
        }}
      />
    </TextField>
  );
  return (
    <fieldset className="group">
      <legend>Infusion times (24-hour)</legend>
      <div className="group__grid">
        {timeField('infusionStart', 'Start', 'infusionStop')}
        {timeField('infusionStop', 'Stop', 'infusionStart')}
      </div>
      <TextField
        id="orderedMinutes"
        label="Ordered infusion time (min)"
        inputMode="numeric"
        hint="For the pump rate; empty: the label's 3 hours (4 with a strong CYP3A4 inducer)."
        registration={register('orderedMinutes')}
        error={errors.orderedMinutes?.message}
      />
      {minutes?.ok && minutes.minutes <= longestInfusionMinutes ? (
        <p className="group__note" role="status">
          Infusion time: {minutes.minutes} min ({formatDuration(minutes.minutes)})
          {minutes.crossesMidnight ? ', past midnight' : ''}.
        </p>
      ) : null}
    </fieldset>
  );
}

function BillingFields({ modifier340B }: { modifier340B: 'JG' | 'TB' }) {
  const { register } = useFormContext<DosingFormValues>();
  return (
    <fieldset className="group">
      <legend>Billing</legend>
      <CheckField
        id="acquired340B"
        label="Drug acquired at 340B price"
        hint={`Adds ${modifier340B} to each J9207 line (set in Settings).`}
        registration={register('acquired340B')}
      />
      <ChoiceGroup
        idPrefix="site"
        legend="Site of care"
        showLegend
        options={[
          { value: 'office', label: 'Office (CMS-1500)' },
          { value: 'hospital-outpatient', label: 'Hospital outpatient (UB-04)' },
        ]}
        registration={register('siteOfCare')}
      />
    </fieldset>
  );
}

/** Weight at the last BSA calculation: a change of 10% or more asks for a recalculation. */
function PreviousWeightFields() {
  const { register } = useFormContext<DosingFormValues>();
  return (
    <fieldset className="group">
      <legend>Weight at the last BSA calculation</legend>
      <div className="group__grid group__grid--stacked">
        <UnitMeasurementField
          name="previousWeight"
          label="Previous weight"
          hint="A change of 10% or more: recalculate and confirm with the prescriber."
        />
        <TextField
          id="previousWeightDate"
          label="Date of that weight"
          type="date"
          registration={register('previousWeightDate')}
        />
      </div>
    </fieldset>
  );
}

/** The optional sections; loaded as their own chunk when first opened. */
export function OptionalFieldsBody({ modifier340B }: { modifier340B: 'JG' | 'TB' }) {
  return (
    <>
      <LiverFields />
      <CountFields />
      <InteractionFields />
      <PreviousWeightFields />
      <InfusionFields />
      <BillingFields modifier340B={modifier340B} />
    </>
  );
}
