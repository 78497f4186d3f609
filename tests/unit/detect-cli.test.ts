import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'role-lens-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const detect = (...args: string[]) => {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/detect.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run detect', { timeout: 30_000 }, () => {
  it('prints one JSON line per detection of a text file', () => {
    const path = file('a.txt', '招聘用户运营，熟悉运营商渠道，负责销售团队');
    const { status, stdout } = detect(path);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([
      { file: path, start: 2, end: 6, text: '用户运营', term: '用户运营', family: 'operations' },
      { file: path, start: 17, end: 19, text: '销售', term: '销售', family: 'sales' },
    ]);
  });

  it('reads .html files as the visible text, skipping scripts and honouring a GBK <meta charset>', () => {
    const html =
      '<html><head><meta charset="gbk"><title>x</title><script>var a="销售"</script></head>' +
      '<body><p>市场营销</p><textarea>运营</textarea></body></html>';
    const gbk = file('page.html', encodeGbk(html));
    const { status, stdout } = detect(gbk);
    expect(status).toBe(0);
    const found = lines(stdout);
    expect(found.map((d) => d.text)).toEqual(['市场营销']);
  });

  it('reads separate boxes the markup shows as separate runs, and inline formatting as one', () => {
    // Two chips as flex items, two buttons: no 产品运营 across them. A style sheet's chips it cannot see.
    const html =
      '<div style="display:flex"><span>产品</span><span>运营</span></div><button>销售</button><button>运营</button>' +
      '<p>运<b>营</b>总监</p><style>.chips{display:flex}</style><div class="chips"><span>产品</span><span>运营</span></div>';
    const { status, stdout } = detect(file('chips.html', html));
    expect(status).toBe(0);
    expect(lines(stdout).map((d) => d.text)).toEqual(['运营', '销售', '运营', '运营总监', '产品运营']);
  });

  it('reads --jsonl lines {"id","text"}', () => {
    const path = file(
      'in.jsonl',
      `${JSON.stringify({ id: 'u1', text: '誠徵業務代表' })}\n\n${JSON.stringify({ id: 2, text: '无' })}\n`,
    );
    const { status, stdout } = detect('--jsonl', path);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([
      { id: 'u1', start: 2, end: 6, text: '業務代表', term: '业务代表', family: 'sales' },
    ]);
  });

  it('reads a --jsonl record\'s optional "context": a title, or {title, heading}', () => {
    const record = (id: string, context?: unknown) => JSON.stringify({ id, text: '外商公司業務', context });
    const path = file(
      'context.jsonl',
      [
        record('none'),
        record('traditional', '徵才 - 業務專員'),
        record('simplified', '外贸公司业务岗位招聘（上海）'),
        record('heading', { title: 'Careers', heading: '这个岗位' }),
      ].join('\n'),
    );
    const { status, stdout } = detect('--jsonl', path);
    expect(status).toBe(0);
    // A title ending in 業務 is the role except under a Simplified title or heading.
    expect(lines(stdout).map((d) => d.id)).toEqual(['none', 'traditional']);
  });

  it('reads each run of an .html file with the page title and the heading it sits under', () => {
    const html =
      '<html><head><title>外贸公司招聘（上海）</title></head><body>' +
      '<h2>这个岗位</h2><p>外商公司業務</p></body></html>';
    const simplified = detect(file('simplified.html', html));
    expect(lines(simplified.stdout)).toEqual([]);
    const traditional = detect(
      file('traditional.html', html.replace(/外贸公司招聘（上海）|这个岗位/g, '徵才')),
    );
    expect(lines(traditional.stdout).map((d) => d.text)).toEqual(['業務']);
  });

  // Each bad input comes after a good one, to show that nothing is printed for the good one either.
  const goodText = () => file('good.txt', '运营');
  const goodJsonl = () => file('good.jsonl', '{"id":0,"text":"运营"}\n');
  it.each([
    ['a missing file', () => [goodText(), join(dir, 'nope.txt')], /nope\.txt: no such file/],
    [
      'an invalid JSON line',
      () => ['--jsonl', goodJsonl(), file('bad.jsonl', '{"id":1,"text":"运营"}\n{oops\n')],
      /bad\.jsonl:2: invalid JSON/,
    ],
    [
      'a line without string text',
      () => ['--jsonl', goodJsonl(), file('notext.jsonl', '{"id":1,"text":5}\n')],
      /notext\.jsonl:1: "text" must be a string/,
    ],
    [
      'a context that is neither a title nor {title, heading}',
      () => ['--jsonl', goodJsonl(), file('context.jsonl', '{"id":1,"text":"运营","context":{"title":3}}\n')],
      /context\.jsonl:1: "context" must be a string/,
    ],
    [
      'a context with an unknown field',
      () => ['--jsonl', goodJsonl(), file('field.jsonl', '{"id":1,"text":"运营","context":{"url":"x"}}\n')],
      /field\.jsonl:1: "context" must be a string/,
    ],
    ['no file at all', () => [], /usage/],
  ])('fails on %s with a message, a non-zero exit and empty stdout', (_, args, message) => {
    const { status, stdout, stderr } = detect(...args());
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

/** GBK bytes for the few characters used above, without an encoder dependency: ASCII plus a fixed table. */
function encodeGbk(text: string): Uint8Array {
  const table: Record<string, number[]> = {
    市: [0xca, 0xd0],
    场: [0xb3, 0xa1],
    营: [0xd3, 0xaa],
    销: [0xcf, 0xfa],
    运: [0xd4, 0xcb],
    售: [0xca, 0xdb],
  };
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table[char] ?? []));
  }
  return Uint8Array.from(bytes);
}
