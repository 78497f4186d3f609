import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { markupBreak } from '../../engine/declared-display';
import { createHintRunWalker } from '../../engine/hint-runs';
import { runAround } from '../../engine/run-around';
import { type RunBreak, renderedBreak } from '../../engine/run-boundary';
import type { TextRun } from '../../engine/text-runs';
import { documentRuns } from '../../engine/visible-text';
import { decodeHtml } from '../../scripts/lib/html-text';
import { hasShared, sharedPath } from '../../scripts/lib/shared-paths';
import { RUNS_FIXTURE } from '../runs-cases';

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
function hintRuns(
  doc: Document,
  mayHold: (text: string) => boolean,
  breaks: RunBreak = markupBreak,
): TextRun[] {
  const runs: TextRun[] = [];
  const roots: Node[] = [doc.documentElement];
  for (let index = 0; index < roots.length; index++) {
    const walker = createHintRunWalker({
      root: roots[index] as Node,
      mayHold,
      breaks,
      hooks: { onShadowRoot: (shadow) => roots.push(shadow) },
    });
    for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  }
  return runs;
}

const shape = (run: TextRun) => ({ text: run.text, starts: run.starts, nodes: run.nodes });
const mayHold = (text: string) => detector.mayHold(text);

function expectSameRuns(doc: Document, breaks: RunBreak = markupBreak): void {
  const wanted = documentRuns(doc, breaks).filter((run) => mayHold(run.text));
  expect(hintRuns(doc, mayHold, breaks).map(shape)).toEqual(wanted.map(shape));
}

/**
 * A rule that ends runs at about a third of the inline elements, picked at random (seeded) the first time
 * each is asked about and kept: whatever the browser's styles say, both walks must end runs at the same places.
 */
function arbitraryBreaks(seed: number): RunBreak {
  const answers = new WeakMap<Element, boolean>();
  let state = seed;
  return (element) => {
    let answer = answers.get(element);
    if (answer === undefined) {
      state = (state * 48271) % 2147483647;
      answer = state % 3 === 0;
      answers.set(element, answer);
    }
    return answer;
  };
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

  it('ends runs where the markup shows separate boxes, as the full walk does, and joins inline formatting', () => {
    const doc = parse(
      `<body><div style="display:flex"><span>产品</span><span>运营</span></div>
       <p><span style="display:inline-block">销售</span><span style="display:inline-block"><b>运</b>营</span></p>
       <p><span role="button">市场</span><span role="tab">营销</span>总监</p>
       <table><tr><td>产品</td><td>运营</td></tr></table><ul><li style="display:inline">销</li><li>售</li></ul>
       <div style="display:grid"><span style="display:contents"><i>用户</i><i>运营</i></span></div>
       <p>运<b>营</b>总监<span style="float:left">销售</span>代表</p><p><span>运</span><span>营</span>专员</p>
       <div style="display:flex"><span>运<b>营</b>总监</span>销售</div></body>`,
    );
    expectSameRuns(doc);
    expect(hintRuns(doc, mayHold).map((run) => run.text)).toEqual([
      '运营',
      '销售',
      '运营',
      '营销',
      '运营',
      '销', // 售 and 代表 hold no hint: the full walk's runs 售 and 代表 are passed over
      '运营',
      '运营总监',
      '销售',
      '运营专员',
      '运营总监',
      '销售',
    ]);
  });

  it('gives the same runs as the full walk whatever inline elements a rule ends runs at', () => {
    const doc = parse(readFileSync(RUNS_FIXTURE, 'utf8'));
    expectSameRuns(doc);
    for (let seed = 1; seed <= 20; seed++) expectSameRuns(doc, arbitraryBreaks(seed));
  });

  it('gives the same runs as the full walk with a window’s computed display (happy-dom’s here)', () => {
    const window = new Window();
    window.document.write(readFileSync(RUNS_FIXTURE, 'utf8'));
    const doc = window.document as unknown as Document;
    expectSameRuns(doc, renderedBreak(window as unknown as Window & typeof globalThis));
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
      const walker = createHintRunWalker({ root: doc.documentElement, mayHold, stopAt, breaks: markupBreak });
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
    expect(runAround(node, doc.getElementById('block') as Element, markupBreak).text).toBe(
      '招聘用户运营总监',
    );
    expect(runAround(node, doc.getElementById('inline') as Element, markupBreak).text).toBe('用户运营');
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
      for (const [index, file] of files.entries()) {
        const doc = parse(decodeHtml(readFileSync(path.join(dir, file))));
        expectSameRuns(doc);
        // And with runs ended at arbitrary inline elements, as computed styles may end them in a browser.
        expectSameRuns(doc, arbitraryBreaks(index + 1));
        runs += hintRuns(doc, mayHold).length;
      }
      expect(runs).toBeGreaterThan(100);
    },
  );
});
