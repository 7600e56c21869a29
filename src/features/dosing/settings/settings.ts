// Institution policy settings: the only thing this app stores (localStorage, one key). Validated
// with zod/mini on every read; an unreadable entry is replaced by the defaults and the page says so.
// Patient values never come here.
import * as z from 'zod/mini';

export const settingsStorageKey = 'j9207.settings.v1';

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

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  bsaFormula: 'mosteller',
  bsaDecimals: 2,
  doseDecimals: 1,
  vialRoundingPercent: 0,
  ndcQualifier: 'UN',
  modifier340B: 'JG',
  defaultSiteOfCare: 'hospital-outpatient',
  kitSizes: 'both',
};

export type SettingsRead = { settings: Settings; notice?: string };

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

const formulaNames: Record<Settings['bsaFormula'], string> = {
  mosteller: 'Mosteller',
  dubois: 'Du Bois & Du Bois',
  haycock: 'Haycock',
  'gehan-george': 'Gehan & George',
  boyd: 'Boyd',
};

/**
 * One line that says which policy the numbers follow.
 *
 * @example policySummary(defaultSettings)
 * //=> 'Mosteller, BSA to 0.01 m², dose to 0.1 mg, vial rounding off, NDC UN, 340B JG'
 */
export function policySummary(settings: Settings): string {
  const bsa = settings.bsaDecimals === null ? 'BSA unrounded' : 'BSA to 0.01 m²';
  const dose = `dose to ${['1', '0.1', '0.01'][settings.doseDecimals]} mg`;
  const vial =
    settings.vialRoundingPercent === 0
      ? 'vial rounding off'
      : `vial rounding within ${settings.vialRoundingPercent}%`;
  const kits =
    settings.kitSizes === '45' || settings.kitSizes === '15' ? `, ${settings.kitSizes} mg kits only` : '';
  return `${formulaNames[settings.bsaFormula]}, ${bsa}, ${dose}, ${vial}, NDC ${settings.ndcQualifier}, 340B ${settings.modifier340B}${kits}`;
}
