import '@testing-library/jest-dom/vitest';

// Component tests see the dosing page once its schema and calculation core have loaded (they load
// right after hydration in the browser); the moment before has its own test.
import { loadDosingCore } from '../features/dosing/form/use-dosing-evaluator';

await loadDosingCore();
