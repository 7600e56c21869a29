// Institution policy settings: the only thing this app stores (localStorage, one key). This module
// holds their shape, the defaults and the one-line policy summary; reading and writing the stored
// entry (validated with zod/mini) is settings-store.ts, loaded after the first screen. Patient values
// never come here.

export const settingsStorageKey = 'j9207.settings.v1';

export type Settings = {
  bsaFormula: 'mosteller' | 'dubois' | 'haycock' | 'gehan-george' | 'boyd';
  /** 2: BSA rounded half-up to 0.01 m²; null: unrounded. */
  bsaDecimals: 2 | null;
  doseDecimals: 0 | 1 | 2;
  vialRoundingPercent: 0 | 5 | 10;
  ndcQualifier: 'UN' | 'ME';
  modifier340B: 'JG' | 'TB';
  defaultSiteOfCare: 'office' | 'hospital-outpatient';
  /** Kit sizes the pharmacy stocks: the form's default for the sizes on hand (absent in older saves: both). */
  kitSizes?: 'both' | '45' | '15' | undefined;
};

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
 * //=> 'Mosteller, BSA to 0.01 m², dose to 0.1 mg, vial rounding off; NDC quantity counted in kits (UN); 340B drug marked JG'
 */
export function policySummary(settings: Settings): string {
  const bsa = settings.bsaDecimals === null ? 'BSA unrounded' : 'BSA to 0.01 m²';
  const dose = `dose to ${['1', '0.1', '0.01'][settings.doseDecimals]} mg`;
  const vial =
    settings.vialRoundingPercent === 0
      ? 'vial rounding off'
      : `vial rounding within ${settings.vialRoundingPercent}%`;
  const kits =
    settings.kitSizes === '45' || settings.kitSizes === '15' ? `; ${settings.kitSizes} mg kits only` : '';
  const ndc = `NDC quantity counted in ${settings.ndcQualifier === 'ME' ? 'milligrams (ME)' : 'kits (UN)'}`;
  const bought340B = `340B drug marked ${settings.modifier340B}${settings.modifier340B === 'TB' ? ' (informational)' : ''}`;
  return `${formulaNames[settings.bsaFormula]}, ${bsa}, ${dose}, ${vial}; ${ndc}; ${bought340B}${kits}`;
}
