import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, settingsStorageKey, writeSettings } from './settings';

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
