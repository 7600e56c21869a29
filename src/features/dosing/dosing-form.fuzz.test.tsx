// Unbreakable input: fast-check types and pastes arbitrary text — unicode, huge numbers,
// "1e308", "-0", "NaN", units ("170 cm", "154 lbs"), markup, control characters — into every text
// field of the dosing form. After every case the page is still there, every field still holds exactly
// what was put in it, and the Result area shows either a result or what to correct — never both,
// never neither, and never a result while a required field holds text that is not a plain number.
// Every case starts from a freshly rendered form, so a failing case replays alone.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import referenceJson from '../../../public/data/j9207.json?raw';
import { runs, runsScale } from '../../testing/runs';
import { DosingPage } from './dosing-page';

let casesTried = 0;
// FC_RUNS_SCALE=10 for a deeper run; the default keeps `npm test` quick (about 240 cases).
// The longest property takes about 30 s on an idle 2-core machine; a ceiling for one busy core.
const timeoutMs = Math.max(1, runsScale) * 600_000;

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DosingPage />
    </QueryClientProvider>,
  );
}

/** Runs one case on a freshly rendered page, unmounted afterwards whatever happens. */
async function onFreshPage(run: () => Promise<void>) {
  const view = renderPage();
  try {
    await run();
  } finally {
    view.unmount();
  }
}

/** What an <input type="text"> keeps of a text: the HTML value sanitisation drops line breaks. */
const asKept = (text: string) => text.replace(/[\r\n]/g, '');

/**
 * Independent of the app's parser: a required field whose trimmed text is empty or holds anything
 * but digits, "." and "," is not a number a nurse typed, so no result may be shown for it.
 */
const clearlyNotANumber = (text: string) => {
  const trimmed = asKept(text).trim();
  return trimmed === '' || /[^0-9.,]/.test(trimmed);
};

const nasty = fc.constantFrom(
  '',
  ' ',
  '1e308',
  '-1e308',
  '1e-308',
  '-0',
  '0',
  '0.0',
  'NaN',
  'Infinity',
  '-Infinity',
  '170 cm',
  '154 lbs',
  '5 ft 7 in',
  '72,5',
  '72.5.',
  '1,234.5',
  '1.234,5',
  '.5',
  ',5',
  '5.',
  '+70',
  '-70',
  '0x46',
  '1_000',
  '٧٠', // Arabic-Indic digits
  '７０', // full-width digits
  '70\u00a0',
  '\u200b70',
  '7\u20280',
  '\u202e07',
  '💉💉',
  '𝟕𝟎',
  '<img src=x onerror=alert(1)>',
  '{{weight}}',
  '%s%n',
  '\\',
  '\t70\t',
  '70\n',
  '9'.repeat(400),
  `0.${'0'.repeat(60)}1`,
  String(Number.MAX_SAFE_INTEGER + 2),
  '1'.repeat(20),
);

const anyText = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 9999 }), fc.constantFrom('.', ','))
      .map(([a, b, sep]) => `${a}${sep}${b}`),
  },
);

// Plausible adults (height 150–190 cm, weight 50–110 kg: BMI 13.9–48.9) and doses 10–40 mg/m².
const validHeight = fc.integer({ min: 1500, max: 1900 }).map((n) => (n / 10).toFixed(1));
const validWeight = fc.integer({ min: 500, max: 1100 }).map((n) => (n / 10).toFixed(1));
const validDose = fc.integer({ min: 10, max: 40 }).map(String);

type Entry = { readonly text: string; readonly how: 'paste' | 'type' };
const entry = (text: fc.Arbitrary<string>) =>
  fc.record({ text, how: fc.constantFrom<'paste' | 'type'>('paste', 'paste', 'paste', 'type') });

/** Type (escaping user-event's key syntax) or paste; both leave exactly `text` in the field. */
async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, { text, how }: Entry) {
  await user.clear(input);
  if (text === '') return;
  // Typing goes key by key through every intermediate text (kept short: each key re-renders the page).
  if (how === 'type' && [...text].length <= 12) {
    await user.type(
      input,
      text.replace(/[{[]/g, (c) => c + c),
    );
  } else {
    await user.click(input);
    await user.paste(text);
  }
}

function resultArea() {
  return screen.getByRole('region', { name: 'Result' });
}

function assertCoherent(values: Record<string, string>) {
  // The page did not crash: the form and the Result area are still there.
  const area = resultArea();
  // Every field holds exactly what was put in it.
  for (const [label, text] of Object.entries(values)) {
    expect(screen.getByLabelText(label, { exact: true })).toHaveValue(asKept(text));
  }
  // Either a result or what to correct: exactly one.
  const showsResult = within(area).queryByText('Dose', { selector: 'dt' }) !== null;
  const waiting = within(area).queryByRole('status');
  expect(showsResult !== (waiting !== null)).toBe(true);
  const required = ['Height', 'Weight', 'Dose (mg/m²)'];
  // A height may be typed in feet and inches ("5 ft 7 in", "5'7\""): such text may give a result.
  const feetInches = (label: string) =>
    label === 'Height' && /\d\s*(ft|feet|foot|['′’])/i.test(values[label] ?? '');
  if (required.some((label) => !feetInches(label) && clearlyNotANumber(values[label] ?? ''))) {
    expect(showsResult).toBe(false);
    // … and says what to enter.
    expect(waiting?.textContent ?? '').toMatch(/enter/i);
  }
  return showsResult;
}

describe('dosing form under arbitrary input', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(referenceJson, { headers: { 'Content-Type': 'application/json' } })),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  afterAll(() => {
    console.log(`dosing-form fuzz: ${casesTried} cases tried`);
  });

  it(
    'Height, Weight and Dose: never crashes, keeps the text, shows a result or an error',
    async () => {
      const user = userEvent.setup({ delay: null });
      const labels = ['Height', 'Weight', 'Dose (mg/m²)'] as const;
      await fc.assert(
        fc.asyncProperty(
          entry(fc.oneof(anyText, validHeight)),
          entry(fc.oneof(anyText, validWeight)),
          entry(fc.oneof(anyText, validDose)),
          (height, weight, dose) =>
            onFreshPage(async () => {
              casesTried += 1;
              const entries = [height, weight, dose];
              for (const [i, label] of labels.entries()) {
                await enter(user, screen.getByLabelText(label, { exact: true }), entries[i] as Entry);
              }
              const values = Object.fromEntries(
                labels.map((label, i) => [label, (entries[i] as Entry).text]),
              );
              assertCoherent(values);
            }),
        ),
        { numRuns: runs(120) },
      );
    },
    timeoutMs,
  );

  it(
    'a valid entry after any garbage shows a fresh result (nothing stale, nothing stuck)',
    async () => {
      const user = userEvent.setup({ delay: null });
      await fc.assert(
        fc.asyncProperty(
          entry(anyText),
          fc.constantFrom('Height', 'Weight', 'Dose (mg/m²)'),
          (garbage, label) =>
            onFreshPage(async () => {
              casesTried += 1;
              const valid: Record<string, string> = { Height: '173.4', Weight: '71.3', 'Dose (mg/m²)': '40' };
              for (const [l, text] of Object.entries(valid)) {
                const input = screen.getByLabelText(l, { exact: true }) as HTMLInputElement;
                if (input.value !== text) await enter(user, input, { text, how: 'paste' });
              }
              await enter(user, screen.getByLabelText(label, { exact: true }), garbage);
              assertCoherent({ ...valid, [label]: garbage.text });
              await enter(user, screen.getByLabelText(label, { exact: true }), {
                text: valid[label] ?? '',
                how: 'paste',
              });
              expect(assertCoherent(valid)).toBe(true);
              // Mosteller √(173.4 × 71.3 / 3600) = √3.434283… = 1.8532 → 1.85 m²; 40 × 1.85 = 74.0 → "74 mg".
              const dose = within(resultArea()).getByText('Dose', { selector: 'dt' }).nextElementSibling;
              expect(dose).toHaveTextContent(/^74 mg/);
            }),
        ),
        { numRuns: runs(60) },
      );
    },
    timeoutMs,
  );

  it(
    'every optional text field: never crashes, keeps the text, and a bad entry blocks the result',
    async () => {
      const user = userEvent.setup({ delay: null });
      const required: Record<string, string> = { Height: '173.4', Weight: '71.3', 'Dose (mg/m²)': '40' };
      /** A fresh page with the valid entry and the optional fields open; its optional text fields. */
      const freshOptionalFields = async () => {
        for (const [label, text] of Object.entries(required)) {
          await enter(user, screen.getByLabelText(label, { exact: true }), { text, how: 'paste' });
        }
        await user.click(screen.getByRole('button', { name: /labs, interactions/i }));
        const form = screen.getByRole('form');
        await within(form).findByLabelText(/ANC/);
        const optional = within(form)
          .getAllByRole('textbox')
          .filter(
            (input) =>
              !Object.keys(required).some(
                (label) => input.id === screen.getByLabelText(label, { exact: true }).id,
              ),
          );
        expect(optional.length).toBeGreaterThanOrEqual(5);
        return optional;
      };
      // How many optional text fields there are, counted once on a page of its own.
      const count = await (async () => {
        let n = 0;
        await onFreshPage(async () => {
          n = (await freshOptionalFields()).length;
        });
        return n;
      })();
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: count - 1 }), entry(anyText), (index, garbage) =>
          onFreshPage(async () => {
            casesTried += 1;
            const input = (await freshOptionalFields())[index] as HTMLInputElement;
            await enter(user, input, garbage);
            expect(input).toHaveValue(asKept(garbage.text));
            const showsResult = assertCoherent(required);
            // Letters, signs, units and symbols are refused, never guessed (spaces, apostrophes and thin
            // spaces can be thousands separators in a count).
            if (/[^0-9.,\s'\u2009\u202f]/.test(asKept(garbage.text).trim())) expect(showsResult).toBe(false);
            await user.clear(input);
            expect(assertCoherent(required)).toBe(true);
          }),
        ),
        { numRuns: runs(60) },
      );
    },
    timeoutMs,
  );
});
