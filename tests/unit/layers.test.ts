import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's layer table, as Biome enforces it (biome.json, noRestrictedImports per folder): a file planted
// in a folder may import what the table allows and nothing else. Planted in a scratch copy of the config, so
// the project's own tree is never touched.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const biome = path.join(projectRoot, 'node_modules/.bin/biome');
const scratch = mkdtempSync(path.join(tmpdir(), 'role-lens-layers-'));
const { $schema: _schema, ...config } = JSON.parse(
  readFileSync(path.join(projectRoot, 'biome.json'), 'utf8'),
);
// The scratch folder is no git checkout, and has no node_modules for the schema.
writeFileSync(path.join(scratch, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let planted = 0;
function lint(folder: string, specifier: string): { ok: boolean; output: string } {
  const file = path.join(scratch, folder, `planted-${planted++}.ts`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `import { x } from '${specifier}';\n\nexport const y = x;\n`);
  try {
    execFileSync(biome, ['lint', file], { cwd: scratch, stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

describe('layers only point down', () => {
  it.each([
    ['core', '../engine/page-marker'],
    ['core', '../components/TermCard'],
    ['core', 'wxt/browser'],
    ['engine', '../page-ui/hover-controller'],
    ['engine', '../platform/settings-reader'],
    ['components', '../engine/page-marker'],
    ['page-ui', '../platform/card-client'],
    ['page-ui', 'wxt/browser'],
    ['platform', '../page-ui/tooltip-host'],
    ['scripts', '../entrypoints/background'],
    // OpenCC converts at build time only; no extension bundle may carry it.
    ['core', 'opencc-js'],
    ['components', 'opencc-js'],
    ['platform', 'opencc-js'],
    ['entrypoints', 'opencc-js'],
    // Pinyin is generated at build time too (npm run search-index); the popup reads data/generated/search.json.
    ['core', 'pinyin-pro'],
    ['components', 'pinyin-pro'],
    ['engine', 'pinyin-pro'],
    ['page-ui', 'pinyin-pro'],
    ['platform', 'pinyin-pro'],
    ['entrypoints', 'pinyin-pro'],
  ])('%s may not import %s', (folder, specifier) => {
    const { ok, output } = lint(folder, specifier);
    expect(ok).toBe(false);
    expect(output).toContain('noRestrictedImports');
  });

  it.each([
    ['engine', '../core/types'],
    ['components', '../core/knowledge/card-model'],
    ['page-ui', '../engine/page-marker'],
    ['platform', '../core/settings'],
    ['entrypoints/content', '../../page-ui/hover-controller'],
  ])('%s may import %s', (folder, specifier) => {
    expect(lint(folder, specifier).ok).toBe(true);
  });
});
