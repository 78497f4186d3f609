import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { createHintRunWalker } from '../../engine/hint-runs';
import { runAround } from '../../engine/run-around';
import type { TextRun } from '../../engine/text-runs';
import { documentRuns } from '../../engine/visible-text';
import { decodeHtml } from '../../scripts/lib/html-text';
import { hasShared, sharedPath } from '../../scripts/lib/shared-paths';

// The engine reads only the runs that may hold a detection, each built from its neighbours. They must be
// exactly the runs of the full walk (visible-text.ts, which the detect command and the evaluation use).

function parse(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Every run the hint walk hands out over the document and its open shadow roots, in walk order. */
function hintRuns(doc: Document, mayHold: (text: string) => boolean): TextRun[] {
  const runs: TextRun[] = [];
  const roots: Node[] = [doc.documentElement];
  for (let index = 0; index < roots.length; index++) {
    const walker = createHintRunWalker({
      root: roots[index] as Node,
      mayHold,
      hooks: { onShadowRoot: (shadow) => roots.push(shadow) },
    });
    for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  }
  return runs;
}

const shape = (run: TextRun) => ({ text: run.text, starts: run.starts, nodes: run.nodes });
const mayHold = (text: string) => detector.mayHold(text);

function expectSameRuns(doc: Document): void {
  const wanted = documentRuns(doc).filter((run) => mayHold(run.text));
  expect(hintRuns(doc, mayHold).map(shape)).toEqual(wanted.map(shape));
}

const corpusPages = hasShared('the corpus pages run check', 'corpus', 'html');

describe('hint runs', () => {
  it('hands out the full walk’s runs that may hold a word, and no other', () => {
    const doc = parse(
      `<body><p>招聘<b>运营</b>总监</p><p>没有关系的文字</p><div> <i> </i>
       <span>用户</span><em>运</em>营<br>专员</div><ul><li>市场</li><li>营销</li></ul>
       <p>Senior <b>Mar</b>keting <!-- note --> Manager</p><p>Head of <span></span>Sales, EMEA</p>
       <div>前面<span hidden>运营</span>后面销售</div><script>var s = '销售';</script>
       <div contenteditable="true">运营 <span contenteditable="false">销售</span></div><p>only words</p></body>`,
    );
    expectSameRuns(doc);
    expect(hintRuns(doc, mayHold).map((run) => run.text)).toEqual([
      '招聘运营总监',
      '用户运营',
      '营销',
      'Senior Marketing  Manager',
      'Head of Sales, EMEA',
      '后面销售',
    ]);
  });

  it('reads open shadow roots but nothing under a skipped host', () => {
    const doc = parse('<div id="a"></div><p hidden><span id="b"></span></p>');
    doc.getElementById('a')?.attachShadow({ mode: 'open' }).append(doc.createTextNode('销售代表'));
    doc.getElementById('b')?.attachShadow({ mode: 'open' }).append(doc.createTextNode('营销'));
    expect(hintRuns(doc, mayHold).map((run) => run.text)).toEqual(['销售代表']);
    expectSameRuns(doc);
  });

  it('steps around skipped tags, and a walk told to stop inside one stops there', () => {
    const doc = parse(
      '<body><p>运营</p><noscript>销售</noscript><svg><text id="stop">营销</text></svg><p>销售代表</p></body>',
    );
    const read = (stopAt?: Node) => {
      const walker = createHintRunWalker({ root: doc.documentElement, mayHold, stopAt });
      const texts: string[] = [];
      for (let run = walker.next(); run; run = walker.next()) texts.push(run.text);
      return texts;
    };
    expect(read()).toEqual(['运营', '销售代表']);
    // The walk that takes over from `stopAt` reads what follows; this one must not read it too.
    expect(read(doc.getElementById('stop') as Node)).toEqual(['运营']);
  });

  it('builds a run from a node’s neighbours without leaving the root', () => {
    const doc = parse('<p id="block">招聘<span id="inline">用户<b>运营</b></span>总监</p>');
    const node = doc.querySelector('b')?.firstChild as Text;
    expect(runAround(node, doc.getElementById('block') as Element).text).toBe('招聘用户运营总监');
    expect(runAround(node, doc.getElementById('inline') as Element).text).toBe('用户运营');
  });

  // Thirty-odd whole pages parsed in happy-dom: seconds, more on a busy machine.
  it.skipIf(!corpusPages)(
    'gives the same runs as the full walk on every saved page of the corpus',
    { timeout: 60_000 },
    () => {
      const dir = sharedPath('corpus', 'html');
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        /\.(html?|php)$/.test(file),
      );
      expect(files.length).toBeGreaterThan(3);
      let runs = 0;
      for (const file of files) {
        const doc = parse(decodeHtml(readFileSync(path.join(dir, file))));
        expectSameRuns(doc);
        runs += hintRuns(doc, mayHold).length;
      }
      expect(runs).toBeGreaterThan(100);
    },
  );
});
