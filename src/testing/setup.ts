// Test setup, once for every test file: jest-dom matchers, and waits sized for a slow machine.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import fc from 'fast-check';
import { runs } from './runs';

// findBy*/waitFor give lazily loaded parts (the optional fields, details, audit view) up to 15 s
// to appear, not the default 1 s: a loaded machine loads chunks slowly. A passing test does not wait
// longer; only a failing one does.
configure({ asyncUtilTimeout: 15_000 });

// Properties without an explicit count run fast-check's 100 cases, scaled like the others.
fc.configureGlobal({ numRuns: runs(100) });

import { measurementUnits } from '../features/dosing/form/unit-measurement-field';
import { loadDosingCore } from '../features/dosing/form/use-dosing-evaluator';
// Component tests see the dosing page once its schema, calculation core, result panel, unit
// conversions and settings store have loaded (they load right after hydration in the browser); the
// moment before has its own tests.
import { resultSummary } from '../features/dosing/results/live-result';
import { settingsStore } from '../features/dosing/settings/use-settings';

await Promise.all([loadDosingCore(), resultSummary.load(), measurementUnits.load(), settingsStore.load()]);
