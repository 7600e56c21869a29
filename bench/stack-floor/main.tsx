// The keystroke bench's floor for this app's stack (bench/keystroke.bench.ts): React 19 and
// react-hook-form with nothing of the app: three registered text fields (labelled as the app's are)
// and a memoised result that watches the form and writes a dose and a BSA. What a keystroke costs
// here, any page built on this stack pays before its own work.
import { memo } from 'react';
import { createRoot } from 'react-dom/client';
import { type Control, useForm, useWatch } from 'react-hook-form';

type Values = { height: string; weight: string; dose: string };

const Result = memo(function Result({ control }: { control: Control<Values> }) {
  const { height, weight, dose } = useWatch({ control });
  const weightKg = Number(weight);
  const bsa = Math.sqrt((Number(height) * weightKg) / 3600);
  if (!(weightKg >= 20 && weightKg <= 350))
    return <p role="status">Weight {weight} kg is outside 20–350 kg.</p>;
  return (
    <dl>
      <dt>Dose</dt>
      <dd>{(bsa * Number(dose)).toFixed(1)} mg</dd>
      <dt>BSA</dt>
      <dd>{bsa.toFixed(2)} m²</dd>
    </dl>
  );
});

function FloorPage() {
  const { register, control } = useForm<Values>({ defaultValues: { height: '', weight: '', dose: '40' } });
  return (
    <main>
      <form noValidate>
        <label htmlFor="height">Height</label>
        <input id="height" inputMode="decimal" autoComplete="off" {...register('height')} />
        <label htmlFor="weight">Weight</label>
        <input id="weight" inputMode="decimal" autoComplete="off" {...register('weight')} />
        <label htmlFor="dose">Dose (mg/m²)</label>
        <input id="dose" inputMode="decimal" autoComplete="off" {...register('dose')} />
      </form>
      <section aria-label="Result">
        <Result control={control} />
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorPage />);
