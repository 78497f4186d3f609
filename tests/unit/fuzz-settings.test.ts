import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  EXPLAIN_IN,
  LANGUAGES,
  MARK_STYLES,
  parseSettings,
  type Settings,
  TEXT_SIZE_RANGE,
  THEMES,
  TRIGGERS,
} from '../../core/settings';
import { FAMILIES } from '../../core/types';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import { FUZZ_SEED } from '../fuzz-text';

// Property-based (fast-check) tests of settings repair (core/settings.ts): whatever storage holds, repair never
// throws, always gives valid settings, and keeps every field that was valid.

/** Runs per property; FUZZ_RUNS=20000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Room for the runs on a busy machine (each property takes about a second here). */
const TIMEOUT = RUNS * 30;
const DEFAULTS = defaultSettings(DEFAULT_VIEWPOINT_IDS);
const parse = (raw: unknown) => parseSettings(raw, VIEWPOINT_IDS, DEFAULTS);

/** One valid value per field, in the form repair keeps as it is (known ids in known order, hosts normalised). */
const validField: { [K in keyof Settings]: fc.Arbitrary<Settings[K]> } = {
  enabled: fc.boolean(),
  viewpoints: fc.subarray([...VIEWPOINT_IDS]),
  families: fc.subarray([...FAMILIES]),
  disabledSites: fc.uniqueArray(
    fc.domain().map((host) => host.toLowerCase().replace(/\.$/, '')),
    {
      maxLength: 5,
    },
  ),
  theme: fc.constantFrom(...THEMES),
  trigger: fc.constantFrom(...TRIGGERS),
  markStyle: fc.constantFrom(...MARK_STYLES),
  textSize: fc.oneof(fc.constant('page' as const), fc.integer(TEXT_SIZE_RANGE)),
  language: fc.constantFrom(...LANGUAGES),
  explainIn: fc.constantFrom(...EXPLAIN_IN),
  badge: fc.boolean(),
};
const FIELDS = Object.keys(validField) as (keyof Settings)[];

/** Anything storage might hold: nested objects, arrays, odd numbers, null prototypes, boxed values, maps… */
const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

function expectValid(settings: Settings): void {
  expect(typeof settings.enabled).toBe('boolean');
  expect(settings.viewpoints.every((id) => VIEWPOINT_IDS.includes(id))).toBe(true);
  expect(settings.families.every((family) => FAMILIES.includes(family))).toBe(true);
  expect(settings.disabledSites.every((site) => typeof site === 'string' && site.length > 0)).toBe(true);
  expect(new Set(settings.disabledSites).size).toBe(settings.disabledSites.length);
  expect(THEMES).toContain(settings.theme);
  expect(TRIGGERS).toContain(settings.trigger);
  expect(MARK_STYLES).toContain(settings.markStyle);
  expect(LANGUAGES).toContain(settings.language);
  expect(EXPLAIN_IN).toContain(settings.explainIn);
  expect(typeof settings.badge).toBe('boolean');
  if (settings.textSize !== 'page') {
    expect(Number.isInteger(settings.textSize)).toBe(true);
    expect(settings.textSize).toBeGreaterThanOrEqual(TEXT_SIZE_RANGE.min);
    expect(settings.textSize).toBeLessThanOrEqual(TEXT_SIZE_RANGE.max);
  }
}

describe('settings repair fuzz', () => {
  it(
    'never throws on anything at all, and gives valid settings that repair leaves as they are',
    () => {
      fc.assert(
        fc.property(junk, (raw) => {
          const settings = parse(raw);
          expectValid(settings);
          expect(parse(settings)).toEqual(settings);
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'keeps every valid field of a stored item whose other fields are junk, missing, or extra keys',
    () => {
      const field = (name: keyof Settings) =>
        fc.oneof(
          { weight: 2, arbitrary: validField[name].map((value) => ({ valid: true, value })) },
          { weight: 1, arbitrary: junk.map((value) => ({ valid: false, value })) },
        );
      const stored = fc.record(Object.fromEntries(FIELDS.map((name) => [name, field(name)])), {
        requiredKeys: [],
      }) as fc.Arbitrary<Partial<Record<keyof Settings, { valid: boolean; value: unknown }>>>;
      fc.assert(
        fc.property(stored, fc.dictionary(fc.string(), junk, { maxKeys: 3 }), (fields, extra) => {
          const raw: Record<string, unknown> = { ...extra };
          for (const name of FIELDS) {
            const entry = fields[name];
            if (entry) raw[name] = entry.value;
            else delete raw[name];
          }
          const settings = parse(raw);
          expectValid(settings);
          for (const name of FIELDS) {
            if (fields[name]?.valid) expect(settings[name]).toEqual(fields[name]?.value);
          }
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );
});
