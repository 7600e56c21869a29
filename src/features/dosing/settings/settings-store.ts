// Reading and writing the stored institution settings (localStorage, one key), validated with
// zod/mini on every read: an unreadable entry is replaced by the defaults and the page says so.
// Loaded after the first screen (use-settings.ts): the prerendered page shows the defaults.
import * as z from 'zod/mini';
import { defaultSettings, type Settings, type SettingsRead, settingsStorageKey } from './settings';

export const settingsSchema = z.object({
  bsaFormula: z.enum(['mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd']),
  /** 2: BSA rounded half-up to 0.01 m²; null: unrounded. */
  bsaDecimals: z.nullable(z.literal(2)),
  doseDecimals: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  vialRoundingPercent: z.union([z.literal(0), z.literal(5), z.literal(10)]),
  ndcQualifier: z.enum(['UN', 'ME']),
  modifier340B: z.enum(['JG', 'TB']),
  defaultSiteOfCare: z.enum(['office', 'hospital-outpatient']),
  /** Kit sizes the pharmacy stocks: the form's default for the sizes on hand (absent in older saves: both). */
  kitSizes: z.optional(z.enum(['both', '45', '15'])),
});

// The schema and the Settings type describe the same object: a change to one without the other fails
// the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof settingsSchema>, Settings> = true;
void schemaMatchesType;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored settings, or the defaults with a notice when the entry is unreadable. Never throws. */
export function readSettings(storage: StorageLike | undefined): SettingsRead {
  let raw: string | null;
  try {
    if (!storage) return { settings: defaultSettings };
    raw = storage.getItem(settingsStorageKey);
  } catch {
    return {
      settings: defaultSettings,
      notice: 'This browser does not allow saved settings: the defaults are in use.',
    };
  }
  if (raw === null) return { settings: defaultSettings };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = settingsSchema.safeParse(json);
  if (parsed.success) return { settings: parsed.data };
  writeSettings(storage, defaultSettings);
  return {
    settings: defaultSettings,
    notice: 'The saved settings could not be read and were reset to the defaults. Check them in Settings.',
  };
}

/** Saves the settings; false when the browser refuses. */
export function writeSettings(storage: StorageLike | undefined, settings: Settings): boolean {
  try {
    storage?.setItem(settingsStorageKey, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}
