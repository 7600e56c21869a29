// The chair-side dosing page: measurements in; dose, kits, claim lines and documentation out —
// live, explained and printable. This file only composes; each part is its own small component.
// What the first screen does not need (optional inputs, details, settings, reference, print)
// loads as separate chunks.
import {
  type ComponentType,
  Fragment,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Check } from '../../domain';
import type { ReferenceDataState } from './api/get-reference-data';
import { type DosingExtensions, firstEntry, withTimingChecks } from './extensions';
import {
  type DosingFormValues,
  dosingFormDefaults,
  dosingFormResolver,
  evaluateDosingForm,
} from './form/dosing-form.resource';
import { KitFields } from './form/kit-fields';
import { LastCycleFields } from './form/last-cycle-fields';
import { MeasurementFields } from './form/measurement-fields';
import { OptionalFields } from './form/optional-fields';
import { ReferenceSection } from './reference/reference-section';
import { ReferenceStatus } from './reference/reference-status';
import { CycleDaySummary } from './results/cycle-day-summary';
import { HoldBanner } from './results/hold-banner';
import { KeyResults } from './results/key-results';
import { WaitingState } from './results/waiting-state';
import { policySummary, type Settings } from './settings/settings';
import { SettingsNotice } from './settings/settings-notice';
import { SettingsSection } from './settings/settings-section';
import { useSettings } from './settings/use-settings';
import './dosing.css';

const DosingDetails = lazy(() =>
  import('./details/dosing-details').then((m) => ({ default: m.DosingDetails })),
);
const PrintWorksheet = lazy(() =>
  import('./print/print-worksheet').then((m) => ({ default: m.PrintWorksheet })),
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
  const { settings, notice, update, reset, dismissNotice } = useSettings();
  const methods = useForm<DosingFormValues>({
    defaultValues: dosingFormDefaults(settings.defaultSiteOfCare, settings.kitSizes ?? 'both'),
    resolver: dosingFormResolver,
    mode: 'onTouched',
  });
  const watched = useWatch({ control: methods.control });
  const evaluation = useMemo(
    () =>
      evaluateDosingForm({ ...methods.formState.defaultValues, ...watched } as DosingFormValues, settings),
    [watched, settings, methods.formState.defaultValues],
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

  // Extensions (issue 5): while the second person enters (blind), only the double check and the
  // (hidden) time limits are rendered: nothing of the first calculation is in the DOM. The key
  // keeps both mounted across the switch. Timing stops join the checks, so they hold like any stop.
  const [blind, setBlind] = useState(false);
  const [timingChecks, setTimingChecks] = useState<Check[]>([]);
  const [doubleCheckChecks, setDoubleCheckChecks] = useState<Check[]>([]);
  const [doubleCheckRecord, setDoubleCheckRecord] = useState<ReactNode>();
  const ok = useMemo(
    () => withTimingChecks(evaluation.ok ? evaluation : undefined, [...timingChecks, ...doubleCheckChecks]),
    [evaluation, timingChecks, doubleCheckChecks],
  );
  const okRef = useRef(ok);
  okRef.current = ok;
  const getFirstEntry = useCallback(() => firstEntry(okRef.current), []);
  const stops = ok?.result.checks.filter((check) => check.severity === 'stop') ?? [];
  const extended = (
    <Fragment key="issue-5-extensions">
      {extensions?.secondCheck?.({
        getFirstEntry,
        firstReady: ok !== undefined,
        institution: {
          bsaFormula: settings.bsaFormula,
          policy: {
            bsaDecimals: settings.bsaDecimals,
            doseDecimals: settings.doseDecimals,
            vialRoundingPercent: settings.vialRoundingPercent,
          },
        },
        onBlindChange: setBlind,
        onRecordChange: setDoubleCheckRecord,
        onChecksChange: setDoubleCheckChecks,
      })}
      <div hidden={blind}>
        {extensions?.timing?.({
          infusionStart: watched.infusionStart ?? '',
          infusionStop: watched.infusionStop ?? '',
          strongCyp3a4Inducer: watched.cypInducer === true,
          onChecksChange: setTimingChecks,
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
        <Suspense fallback={null}>
          <ReferenceDataLoader onChange={setReference} clientSlot={queryClientSlot} />
        </Suspense>
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
              <>
                <HoldBanner stops={stops} />
                <KeyResults result={ok.result} onHold={stops.length > 0} />
                <CycleDaySummary result={ok.result} />
                <p className="dosing__policy">Policy: {policySummary(settings)}</p>
              </>
            ) : (
              <WaitingState messages={evaluation.ok ? [] : Object.values(evaluation.errors)} />
            )}
          </section>
        </div>
        {extended}
        {ok ? (
          <Suspense fallback={<p role="status">Loading the checks, claim and documentation…</p>}>
            <DosingDetails
              evaluation={ok}
              settings={settings}
              referenceKits={reference.data?.kits}
              referenceAvailable={reference.status === 'success'}
              cartonNdcs={cartonNdcs}
              onCartonNdc={onCartonNdc}
              breastDiagnosis={breastDiagnosis}
              onBreastDiagnosis={setBreastDiagnosis}
            />
          </Suspense>
        ) : null}
        <SettingsSection settings={settings} onChange={onSettingsChange} onReset={reset} />
        <ReferenceSection data={reference.data} unavailableReason={referenceError} />
      </div>
      <Suspense fallback={null}>
        <PrintWorksheet
          evaluation={ok}
          settings={settings}
          referenceKits={reference.data?.kits}
          cartonNdcs={cartonNdcs}
          breastDiagnosis={breastDiagnosis}
          doubleCheck={doubleCheckRecord}
        />
      </Suspense>
    </div>
  );
}
