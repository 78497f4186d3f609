import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, PROJECT_ROOT } from '../../scripts/lib/chromium';

// The manifest as built (for Chrome and for Firefox) names itself, its button and its commands through
// __MSG_…__, and every such name resolves in every _locales folder the build carries.

const BUILDS = [CHROME_BUILD, path.join(PROJECT_ROOT, '.output/firefox-mv2')];

interface BuiltManifest {
  name: string;
  description: string;
  default_locale: string;
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
  commands: Record<string, { description?: string }>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

describe.each(BUILDS)('the manifest built in %s', (build) => {
  const manifestFile = path.join(build, 'manifest.json');

  it('names itself, its button and its commands in every interface language', () => {
    const manifest = readJson<BuiltManifest>(manifestFile);
    const localised = [
      manifest.name,
      manifest.description,
      (manifest.action ?? manifest.browser_action)?.default_title,
      ...Object.values(manifest.commands).map((command) => command.description),
    ];
    for (const value of localised) expect(value).toMatch(/^__MSG_\w+__$/);

    const locales = readdirSync(path.join(build, '_locales')).sort();
    expect(locales).toEqual(['en', 'zh_CN', 'zh_TW']);
    expect(locales).toContain(manifest.default_locale);
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
    for (const locale of locales) {
      const messages = readJson<Record<string, { message: string }>>(
        path.join(build, '_locales', locale, 'messages.json'),
      );
      for (const name of names) expect(messages[name]?.message, `${locale}: ${name}`).toBeTruthy();
    }
    const traditional = readJson<Record<string, { message: string }>>(
      path.join(build, '_locales/zh_TW/messages.json'),
    );
    expect(traditional.extension_description?.message).toContain('營運、行銷');
  });

  it('keeps the catalogs out of the content script, which loads on every page', () => {
    const script = readFileSync(path.join(build, 'content-scripts/content.js'), 'utf8');
    for (const message of ['Compare all three', '三者比較', 'Interface language']) {
      expect(script).not.toContain(message);
    }
  });
});
