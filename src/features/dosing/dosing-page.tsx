// The chair-side dosing page: measurements in; dose, kits, claim lines and documentation out —
// live, explained and printable. This file only composes; each part is its own small component.
// What the first screen does not need (optional inputs, details, settings, reference, print, the
// calculation core) loads as separate chunks, on the page's first use (src/lib/after-hydration.tsx).
import {
  type ComponentType,
  Fragment,
  lazy,
  memo,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Check, DoubleCheckNote, PreparationTimes } from '../../domain';
import { AfterFirstUse } from '../../lib/after-hydration';
import { createLiveValue } from '../../lib/live-value';
import { WhenSettled } from '../../lib/when-settled';
import type { ReferenceDataState } from './api/get-reference-data';
import { BelowResult } from './below-result';
import { type DosingExtensions, type DosingOk, firstEntry } from './extensions';
import { type DosingField, type DosingFormValues, dosingFormDefaults } from './form/dosing-form-values';
import { KitFields } from './form/kit-fields';
import { LastCycleFields } from './form/last-cycle-fields';
import { MeasurementFields } from './form/measurement-fields';
import { OptionalFields } from './form/optional-fields';
import { revalidateTouched } from './form/revalidate';
import { useDosingEvaluator } from './form/use-dosing-evaluator';
import { ReferenceSection } from './reference/reference-section';
import { ReferenceStatus } from './reference/reference-status';
import { LiveResult, resultSummary } from './results/live-result';
import { defaultSettings, type Settings } from './settings/settings';
import { SettingsNotice } from './settings/settings-notice';
import { SettingsSection } from './settings/settings-section';
import { useSettings } from './settings/use-settings';
import './dosing.css';

// Memoised: a keystroke re-renders the page, and these re-render only when their own props change
// (they follow the result one render later, see `deferredOk` below).
const DosingDetails = memo(
  lazy(() => import('./details/dosing-details').then((m) => ({ default: m.DosingDetails }))),
);
const PrintWorksheet = memo(
  lazy(() => import('./print/print-worksheet').then((m) => ({ default: m.PrintWorksheet }))),
);
// react-query and the reference data arrive on their own; should the chunk fail (offline before
// the app was ever cached) the page says the data is unavailable and still calculates.
type ReferenceDataLoaderProps = {
  onChange: (state: ReferenceDataState) => void;
  /** The page's query client, kept here so react-query stays out of the first load. */
  clientSlot?: { current: unknown };
};
const ReferenceDataLoader = lazy<ComponentType<ReferenceDataLoaderProps>>(() =>
  import('./api/reference-data-loader').then(
    (m) => ({ default: m.ReferenceDataLoader }),
    () => ({ default: ReferenceDataUnavailable }),
  ),
);

function ReferenceDataUnavailable({ onChange }: ReferenceDataLoaderProps) {
  useEffect(() => {
    onChange({ status: 'error', error: 'the reference data could not be loaded (offline or blocked)' });
  }, [onChange]);
  return null;
}

export function DosingPage({ extensions }: { extensions?: DosingExtensions } = {}) {
  const { settings, storedSettings, notice, update, reset, dismissNotice } = useSettings();
  const { evaluate, resolver, coreReady } = useDosingEvaluator(settings, resultSummary.load);
  const methods = useForm<DosingFormValues>({
    defaultValues: dosingFormDefaults(defaultSettings.defaultSiteOfCare, defaultSettings.kitSizes),
    resolver,
    mode: 'onTouched',
  });
  // A field left before the calculation core arrived was only checked for being filled in: once the
  // core is here, the fields already left are checked in full (7 kg shows its error under Weight).
  useEffect(() => {
    if (coreReady) revalidateTouched(methods, Object.keys(methods.getValues()) as DosingField[]);
  }, [coreReady, methods]);
  // The stored settings arrive right after hydration: their kit sizes on hand and site of care become
  // the form's defaults, unless already changed on the form.
  useEffect(() => {
    if (!storedSettings) return;
    const values = methods.getValues();
    const initial = methods.formState.defaultValues;
    const kitSizes = storedSettings.kitSizes ?? 'both';
    if (values.kitSizes === initial?.kitSizes && kitSizes !== values.kitSizes) {
      methods.resetField('kitSizes', { defaultValue: kitSizes });
    }
    const site = storedSettings.defaultSiteOfCare;
    if (values.siteOfCare === initial?.siteOfCare && site !== values.siteOfCare) {
      methods.resetField('siteOfCare', { defaultValue: site });
    }
  }, [storedSettings, methods]);
  // Only what the time limits need: a keystroke elsewhere does not re-render the page at once.
  const [infusionStart, infusionStop, cypInducer] = useWatch({
    control: methods.control,
    name: ['infusionStart', 'infusionStop', 'cypInducer'],
  });

  const [reference, setReference] = useState<ReferenceDataState>({ status: 'pending' });
  // The reference data arrives on its own: a transition, rendered in slices that never hold up typing.
  const onReference = useCallback((state: ReferenceDataState) => {
    startTransition(() => setReference(state));
  }, []);
  const queryClientSlot = useRef<unknown>(null);
  const referenceError = reference.error;
  // Carton NDCs typed by the user: kept here so they survive a moment of invalid input; never stored.
  const [cartonNdcs, setCartonNdcs] = useState<Record<number, string>>({});
  const [breastDiagnosis, setBreastDiagnosis] = useState('');
  const onCartonNdc = useCallback((strengthMg: number, text: string) => {
    setCartonNdcs((previous) => ({ ...previous, [strengthMg]: text }));
  }, []);

  const onSettingsChange = (patch: Partial<Settings>) => {
    update(patch);
    if (patch.defaultSiteOfCare) methods.setValue('siteOfCare', patch.defaultSiteOfCare);
    if (patch.kitSizes) methods.setValue('kitSizes', patch.kitSizes);
  };

  // Extensions: while the second person enters (blind), only the double check and the
  // (hidden) time limits are rendered: nothing of the first calculation is in the DOM. The key
  // keeps both mounted across the switch. Timing stops join the checks, so they hold like any stop.
  const [blind, setBlind] = useState(false);
  const [timingChecks, setTimingChecks] = useState<Check[]>([]);
  const [doubleCheckChecks, setDoubleCheckChecks] = useState<Check[]>([]);
  const [doubleCheckRecord, setDoubleCheckRecord] = useState<ReactNode>();
  const [doubleCheckNote, setDoubleCheckNote] = useState<DoubleCheckNote>();
  const [preparationTimes, setPreparationTimes] = useState<PreparationTimes>();
  const extraChecks = useMemo(
    () => [...timingChecks, ...doubleCheckChecks],
    [timingChecks, doubleCheckChecks],
  );
  // The result as the Result panel shows it (`liveResult`, read only by the details' container below)
  // and as the rest of the page shows it (`ok`: details, worksheet, double check). A new result, or
  // none, reaches the rest in a transition, rendered in slices after the keystroke's own update.
  // Meanwhile the details say they are busy, and while there is no current result they are hidden at
  // once: a stale result is never shown as current.
  const [liveResult] = useState(() => createLiveValue<DosingOk | undefined>(undefined));
  const [ok, setOk] = useState<DosingOk>();
  const onResult = useCallback(
    (next: DosingOk | undefined) => {
      liveResult.set(next);
      startTransition(() => setOk(next));
    },
    [liveResult],
  );
  // The form renders once: its fields subscribe to their own values and errors (useWatch,
  // useFormState), so neither a keystroke nor the page's re-render re-renders the whole form.
  const modifier340B = settings.modifier340B;
  const form = useMemo(
    () => (
      <FormProvider {...methods}>
        <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="inputs-heading">
          <MeasurementFields />
          <KitFields />
          <LastCycleFields />
          <OptionalFields modifier340B={modifier340B} />
        </form>
      </FormProvider>
    ),
    [methods, modifier340B],
  );
  const okRef = useRef(ok);
  okRef.current = ok;
  const getFirstEntry = useCallback(() => firstEntry(okRef.current), []);
  const belowOk = ok;
  const institution = useMemo(
    () => ({
      bsaFormula: settings.bsaFormula,
      policy: {
        bsaDecimals: settings.bsaDecimals,
        doseDecimals: settings.doseDecimals,
        vialRoundingPercent: settings.vialRoundingPercent,
      },
    }),
    [settings.bsaFormula, settings.bsaDecimals, settings.doseDecimals, settings.vialRoundingPercent],
  );
  const extended = (
    <Fragment key="extensions">
      {extensions?.secondCheck?.({
        getFirstEntry,
        firstReady: ok !== undefined,
        institution,
        onBlindChange: setBlind,
        onRecordChange: setDoubleCheckRecord,
        onChecksChange: setDoubleCheckChecks,
        onNoteChange: setDoubleCheckNote,
      })}
      <div hidden={blind}>
        {extensions?.timing?.({
          infusionStart: infusionStart ?? '',
          infusionStop: infusionStop ?? '',
          strongCyp3a4Inducer: cypInducer === true,
          onChecksChange: setTimingChecks,
          onTimesChange: setPreparationTimes,
        })}
      </div>
    </Fragment>
  );
  if (blind) {
    return (
      <div className="dosing">
        <div className="dosing-screen">{extended}</div>
      </div>
    );
  }

  return (
    <div className="dosing">
      <div className="dosing-screen">
        {notice ? <SettingsNotice message={notice} onDismiss={dismissNotice} /> : null}
        <AfterFirstUse>
          <Suspense fallback={null}>
            <ReferenceDataLoader onChange={onReference} clientSlot={queryClientSlot} />
          </Suspense>
        </AfterFirstUse>
        <ReferenceStatus status={reference.status} reason={referenceError} />
        <div className="dosing__top">
          <section className="dosing__inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading" className="visually-hidden">
              Measurements and order
            </h2>
            {form}
          </section>
          <section className="dosing__results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="dosing__results-heading">
              Result
            </h2>
            <LiveResult
              control={methods.control}
              defaultValues={methods.formState.defaultValues as Partial<DosingFormValues> | undefined}
              evaluate={evaluate}
              extraChecks={extraChecks}
              settings={settings}
              onResult={onResult}
            />
          </section>
        </div>
        {extended}
        {belowOk ? (
          <BelowResult live={liveResult} shown={belowOk}>
            <Suspense fallback={<p role="status">Loading the checks, claim and documentation…</p>}>
              <DosingDetails
                evaluation={belowOk}
                settings={settings}
                referenceKits={reference.data?.kits}
                referenceAvailable={reference.status === 'success'}
                cartonNdcs={cartonNdcs}
                onCartonNdc={onCartonNdc}
                breastDiagnosis={breastDiagnosis}
                onBreastDiagnosis={setBreastDiagnosis}
                doubleCheck={doubleCheckNote}
                times={preparationTimes}
              />
            </Suspense>
          </BelowResult>
        ) : null}
        {/* On first use, and after the extensions above them have loaded: had they been
            prerendered (or come first), those panels' arrival would push them down (a layout
            shift); appended last, below the fold, nothing moves. */}
        <AfterFirstUse>
          <Suspense fallback={null}>
            <WhenSettled whenReady={extensions?.ready}>
              <SettingsSection settings={settings} onChange={onSettingsChange} onReset={reset} />
              <ReferenceSection data={reference.data} unavailableReason={referenceError} />
            </WhenSettled>
          </Suspense>
        </AfterFirstUse>
      </div>
      <AfterFirstUse>
        <Suspense fallback={null}>
          <PrintWorksheet
            evaluation={belowOk}
            settings={settings}
            referenceKits={reference.data?.kits}
            cartonNdcs={cartonNdcs}
            breastDiagnosis={breastDiagnosis}
            doubleCheck={doubleCheckRecord}
            doubleCheckNote={doubleCheckNote}
            times={preparationTimes}
          />
        </Suspense>
      </AfterFirstUse>
    </div>
  );
}
