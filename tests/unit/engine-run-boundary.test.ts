import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { markupBreak } from '../../engine/declared-display';
import { hasItemRole } from '../../engine/run-boundary';
import { createRunWalker } from '../../engine/text-runs';
import { documentRuns } from '../../engine/visible-text';
import { RUNS_CASES, RUNS_FIXTURE } from '../runs-cases';

// Runs follow rendering (issue 11, item 4), as the Node `detect` command reads them: happy-dom, no layout,
// no style sheets, so only what the markup declares (tags, roles, `style` attributes). Chromium reads the
// computed display instead (tests/e2e/runs-rendering.test.ts); the two differ only where a style sheet sets
// the display, which the `sheet` cases of the fixture show.

function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

function runsIn(root: Node): string[] {
  const walker = createRunWalker({ root, breaks: markupBreak });
  const texts: string[] = [];
  for (let run = walker.next(); run; run = walker.next()) texts.push(run.text);
  return texts;
}

const runsOf = (html: string) => documentRuns(parse(html)).map((run) => run.text);

describe('run boundaries in Node (markup only)', () => {
  it('reads each case of the fixture as the markup declares it', () => {
    const doc = parse(readFileSync(RUNS_FIXTURE, 'utf8'));
    for (const { id, node } of RUNS_CASES) {
      const element = doc.getElementById(id);
      expect(element, id).not.toBeNull();
      expect({ id, runs: runsIn(element as Element) }).toEqual({ id, runs: node });
    }
  });

  it('ends runs at flex and grid items, inline-blocks, buttons, table cells and list items', () => {
    expect(runsOf('<div style="display:flex"><span>产品</span><span>运营</span></div>')).toEqual([
      '产品',
      '运营',
    ]);
    expect(runsOf('<div style="display:inline-grid">产品<a>运营</a></div>')).toEqual(['产品', '运营']);
    expect(runsOf('<p><span style="display:inline-block">产品</span><i>运营</i></p>')).toEqual([
      '产品',
      '运营',
    ]);
    expect(runsOf('<p><button>产品</button>运营</p>')).toEqual(['产品', '运营']);
    expect(runsOf('<p><span role="button">产品</span><span>运营</span></p>')).toEqual(['产品', '运营']);
    expect(runsOf('<table><tr><td>产品</td><th>运营</th></tr></table>')).toEqual(['产品', '运营']);
    expect(runsOf('<ol><li>产品</li><li style="display:inline">运营</li></ol>')).toEqual(['产品', '运营']);
    expect(runsOf('<p><span role="listitem">产品</span><span role="listitem">运营</span></p>')).toEqual([
      '产品',
      '运营',
    ]);
  });

  it('keeps inline formatting inside a word in one run', () => {
    expect(runsOf('<p>运<b>营</b>总监</p>')).toEqual(['运营总监']);
    expect(runsOf('<p><span>运</span><span>营</span>总监</p>')).toEqual(['运营总监']);
    expect(runsOf('<p><a href="#">运<em>营</em></a><span style="color:red">总监</span></p>')).toEqual([
      '运营总监',
    ]);
    // Inside one flex item, its inline formatting still joins.
    expect(runsOf('<div style="display:flex"><span>运<b>营</b>总监</span><span>销售</span></div>')).toEqual([
      '运营总监',
      '销售',
    ]);
  });

  it('cannot see a style sheet: chips styled by class join (the browser splits them)', () => {
    const html =
      '<style>.chips{display:flex}.chip{display:inline-block}</style>' +
      '<div class="chips"><span>产品</span><span>运营</span></div>' +
      '<p><span class="chip">产品</span><span class="chip">运营</span></p>';
    expect(runsOf(html)).toEqual(['产品运营', '产品运营']);
  });

  it('reads a style attribute as the CSS parser does', () => {
    const breaks = (style: string, parent = '<p>') => {
      const doc = parse(`${parent}<span id="s" style="${style}">x</span>`);
      return markupBreak(doc.getElementById('s') as Element);
    };
    expect(breaks('display:inline-block')).toBe(true);
    expect(breaks(' Display : TABLE-CELL ')).toBe(true);
    expect(breaks('display: list-item')).toBe(true);
    expect(breaks('display: inline flow-root')).toBe(true);
    expect(breaks('display: none')).toBe(true);
    expect(breaks('display: inline')).toBe(false);
    expect(breaks('display: inline flow')).toBe(false);
    expect(breaks('display: contents')).toBe(false);
    expect(breaks('display: chip')).toBe(false); // not a display value: dropped
    expect(breaks('display: block; display: inline')).toBe(false); // the last one wins
    expect(breaks('display: block !important; display: inline')).toBe(true); // unless an earlier is important
    expect(breaks('float: right')).toBe(true);
    expect(breaks('float: none')).toBe(false);
    expect(breaks('float: chip')).toBe(false); // not a float value: dropped
    expect(breaks('position: absolute')).toBe(true);
    expect(breaks('position: relative')).toBe(false);
    expect(breaks('background: url(a.png?a=1;b=2); display: inline-flex')).toBe(true);
    expect(breaks('display: inherit', '<span>')).toBe(false); // the parent's display, inline here
    expect(breaks('display: inherit', '<div>')).toBe(true); // a block's
    expect(breaks('', '<div style="display: flex">')).toBe(true); // a flex item
    expect(breaks('display: contents', '<div style="display: flex">')).toBe(false); // no box at all
    expect(breaks('', '<div style="display: -webkit-box">')).toBe(false); // the line-clamp idiom
    expect(breaks('', '<div style="display: flex"><span style="display: contents">')).toBe(true);
  });

  it('reads a role as a browser does: its first token, in any case', () => {
    const roleOf = (role: string) => {
      const doc = parse(`<span id="s" role="${role}">x</span>`);
      return hasItemRole(doc.getElementById('s') as Element);
    };
    expect(roleOf('button')).toBe(true);
    expect(roleOf(' Tab ')).toBe(true);
    expect(roleOf('gridcell presentation')).toBe(true);
    expect(roleOf('link')).toBe(false); // a link in running text joins, like <a>
    expect(roleOf('presentation')).toBe(false);
    expect(roleOf('')).toBe(false);
  });

  it('gives the detector no term joined across two chips', () => {
    const html =
      '<div style="display:flex"><span>产品</span><span>运营</span></div>' +
      '<p><span role="button">销售</span><span role="button">运营</span></p><p>运<b>营</b>总监</p>';
    const found = documentRuns(parse(html)).flatMap((run) => detector.detect(run.text).map((d) => d.text));
    expect(found).toEqual(['运营', '销售', '运营', '运营总监']);
  });
});
