// The chair-side dosing page: measurements in; dose, kits, claim lines and documentation out —
// live, explained and printable. This file only composes; each part is its own small component.
// What the first screen does not need (optional inputs, details, settings, reference, print)
// loads as separate chunks.
import {
  type ComponentProps,
  type ComponentType,
  Fragment,
  lazy,
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Check, DoubleCheckNote, PreparationTimes } from '../../domain';
import { AfterHydration } from '../../lib/after-hydration';
import { loadOnce, useLoaded } from '../../lib/load-once';
import type { ReferenceDataState } from './api/get-reference-data';
import { type DosingExtensions, firstEntry, withTimingChecks } from './extensions';
import { type DosingFormValues, dosingFormDefaults } from './form/dosing-form-values';
import { KitFields } from './form/kit-fields';
import { LastCycleFields } from './form/last-cycle-fields';
import { MeasurementFields } from './form/measurement-fields';
import { OptionalFields } from './form/optional-fields';
import { useDosingEvaluator } from './form/use-dosing-evaluator';
import { ReferenceSection } from './reference/reference-section';
import { ReferenceStatus } from './reference/reference-status';
import { WaitingState } from './results/waiting-state';
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
type ResultSummaryModule = typeof import('./results/result-summary');
// The Result panel's content: loaded with the calculation core (see `useDosingEvaluator`), so it is
// there by the time a first result is.
export const resultSummary = loadOnce(() => import('./results/result-summary'));
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

/**
 * Renders `children` once `whenReady()` has settled; at once without it. State, not `use()`: a
 * render that suspended here would hold back the deferred details below the Result panel.
 */
function WhenSettled({
  whenReady,
  children,
}: {
  whenReady: (() => Promise<unknown>) | undefined;
  children: ReactNode;
}) {
  const [settled, setSettled] = useState(whenReady === undefined);
  useEffect(() => {
    if (!whenReady) return;
    let current = true;
    const done = () => {
      if (current) setSettled(true);
    };
    whenReady().then(done, done);
    return () => {
      current = false;
    };
  }, [whenReady]);
  return settled ? children : null;
}

function LoadedResultSummary(props: ComponentProps<ResultSummaryModule['ResultSummary']>) {
  const loaded = useLoaded(resultSummary);
  return loaded ? <loaded.ResultSummary {...props} /> : <p role="status">Working out the result…</p>;
}

function ReferenceDataUnavailable({ onChange }: ReferenceDataLoaderProps) {
  useEffect(() => {
    onChange({ status: 'error', error: 'the reference data could not be loaded (offline or blocked)' });
  }, [onChange]);
  return null;
}

export function DosingPage({ extensions }: { extensions?: DosingExtensions } = {}) {
  const { settings, storedSettings, notice, update, reset, dismissNotice } = useSettings();
  const { evaluate, resolver } = useDosingEvaluator(settings, resultSummary.load);
  const methods = useForm<DosingFormValues>({
    defaultValues: dosingFormDefaults(defaultSettings.defaultSiteOfCare, defaultSettings.kitSizes),
    resolver,
    mode: 'onTouched',
  });
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
  const watched = useWatch({ control: methods.control });
  // After a change the resolver has already evaluated these values: this is the same answer, not a
  // second calculate().
  const evaluation = useMemo(
    () => evaluate({ ...methods.formState.defaultValues, ...watched } as DosingFormValues),
    [watched, evaluate, methods.formState.defaultValues],
  );

  const [reference, setReference] = useState<ReferenceDataState>({ status: 'pending' });
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
  const ok = useMemo(
    () => withTimingChecks(evaluation.ok ? evaluation : undefined, [...timingChecks, ...doubleCheckChecks]),
    [evaluation, timingChecks, doubleCheckChecks],
  );
  const okRef = useRef(ok);
  okRef.current = ok;
  const getFirstEntry = useCallback(() => firstEntry(okRef.current), []);
  // A keystroke updates the Result panel first; the details and the worksheet below it follow in a
  // deferred render that never delays the next keystroke. While they catch up they say they are
  // busy, and with no current result they are gone at once (never a stale result shown as current).
  const deferredOk = useDeferredValue(ok);
  const belowOk = ok ? deferredOk : undefined;
  const belowBusy = belowOk !== ok;
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
  const stops = ok?.result.checks.filter((check) => check.severity === 'stop') ?? [];
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
          infusionStart: watched.infusionStart ?? '',
          infusionStop: watched.infusionStop ?? '',
          strongCyp3a4Inducer: watched.cypInducer === true,
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
        <AfterHydration>
          <Suspense fallback={null}>
            <ReferenceDataLoader onChange={setReference} clientSlot={queryClientSlot} />
          </Suspense>
        </AfterHydration>
        <ReferenceStatus status={reference.status} reason={referenceError} />
        <div className="dosing__top">
          <section className="dosing__inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading" className="visually-hidden">
              Measurements and order
            </h2>
            <FormProvider {...methods}>
              <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="inputs-heading">
                <MeasurementFields />
                <KitFields />
                <LastCycleFields />
                <OptionalFields modifier340B={settings.modifier340B} />
              </form>
            </FormProvider>
          </section>
          <section className="dosing__results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="dosing__results-heading">
              Result
            </h2>
            {ok ? (
              <LoadedResultSummary
                result={ok.result}
                stops={stops}
                labsEntered={Object.values(ok.labs).some((v) => v !== undefined)}
                settings={settings}
              />
            ) : (
              <WaitingState messages={evaluation.ok ? [] : Object.values(evaluation.errors)} />
            )}
          </section>
        </div>
        {extended}
        {belowOk ? (
          <div className="dosing__below" aria-busy={belowBusy}>
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
          </div>
        ) : null}
        {/* After hydration, and after the extensions above them have loaded: had they been
            prerendered (or come first), those panels' arrival would push them down (a layout
            shift); appended last, below the fold, nothing moves. */}
        <AfterHydration>
          <Suspense fallback={null}>
            <WhenSettled whenReady={extensions?.ready}>
              <SettingsSection settings={settings} onChange={onSettingsChange} onReset={reset} />
              <ReferenceSection data={reference.data} unavailableReason={referenceError} />
            </WhenSettled>
          </Suspense>
        </AfterHydration>
      </div>
      <AfterHydration>
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
      </AfterHydration>
    </div>
  );
}
