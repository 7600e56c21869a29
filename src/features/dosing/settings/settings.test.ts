import { describe, expect, it } from 'vitest';
import { defaultSettings, policySummary, settingsStorageKey } from './settings';
import { readSettings, writeSettings } from './settings-store';

function memoryStorage(initial?: string) {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(settingsStorageKey, initial);
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readSettings(memoryStorage())).toEqual({ settings: defaultSettings });
  });

  it('reads back what was written', () => {
    const storage = memoryStorage();
    const custom = {
      ...defaultSettings,
      bsaFormula: 'dubois',
      vialRoundingPercent: 10,
      ndcQualifier: 'ME',
    } as const;
    writeSettings(storage, custom);
    expect(readSettings(storage)).toEqual({ settings: custom });
  });

  it('resets a corrupted entry to the defaults and says so', () => {
    for (const bad of [
      '{not json',
      '{"bsaFormula":"guess"}',
      '42',
      'null',
      JSON.stringify({ ...defaultSettings, vialRoundingPercent: 7 }),
    ]) {
      const storage = memoryStorage(bad);
      const read = readSettings(storage);
      expect(read.settings).toEqual(defaultSettings);
      expect(read.notice).toMatch(/reset to the defaults/);
      expect(JSON.parse(storage.map.get(settingsStorageKey) ?? '')).toEqual(defaultSettings);
    }
  });

  it('survives a browser that refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(readSettings(refusing).settings).toEqual(defaultSettings);
    expect(writeSettings(refusing, defaultSettings)).toBe(false);
  });
});

describe('kit sizes the pharmacy stocks', () => {
  it('a save from before the setting existed still reads, without a reset notice', () => {
    const { kitSizes: _omitted, ...older } = defaultSettings;
    const read = readSettings(memoryStorage(JSON.stringify(older)));
    expect(read.notice).toBeUndefined();
    expect(read.settings.kitSizes ?? 'both').toBe('both');
  });

  it('45 mg only is kept and named in the policy line', () => {
    const storage = memoryStorage();
    writeSettings(storage, { ...defaultSettings, kitSizes: '45' });
    expect(readSettings(storage).settings.kitSizes).toBe('45');
    expect(policySummary({ ...defaultSettings, kitSizes: '45' })).toMatch(/; 45 mg kits only$/);
  });
});
