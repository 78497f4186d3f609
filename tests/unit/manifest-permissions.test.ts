import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The built manifests ask for exactly what the README's Permissions section documents, no more, no less.
// `npm test` builds both before running the tests; alone, run `npm run build && npm run build:firefox` first.

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

function readManifest(build: string): Manifest {
  const file = path.join(ROOT, '.output', build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build && npm run build:firefox\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The README's Permissions section: its table's first column (`name`) and second (the kind). */
function documented(): { permissions: string[]; siteAccess: string[] } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions\n'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const rows = section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const named = (kind: string) =>
    rows.filter((cells) => cells[2] === kind).map((cells) => (cells[1] ?? '').replace(/`/g, ''));
  return { permissions: named('permission'), siteAccess: named('site access') };
}

describe('permissions: the built manifests and the README agree', () => {
  const readme = documented();

  it('documents at least the permissions it has today, each with its reason', () => {
    expect(readme.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
  });

  for (const build of BUILDS) {
    it(`${build} asks for exactly the documented permissions and site access`, () => {
      const manifest = readManifest(build);
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
        ...(manifest.optional_host_permissions ?? []),
      ];
      expect([...new Set(asked)].sort()).toEqual([...readme.permissions].sort());
      const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
      expect([...new Set(matches)].sort()).toEqual([...readme.siteAccess].sort());
    });
  }
});
