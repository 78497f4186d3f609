/**
 * Pathological pages (issue 14, item 1), generated: no page of the corpus is like them, and a test or the
 * benchmark builds each in a few milliseconds. Each is a plain HTML string; the two that the HTML parser
 * cannot express (nesting deeper than its 512 levels) or that live (text changing 1,000 times a second) carry
 * an inline script, which runs in the page's own world before the content script's document_end.
 */

/** A line of a log or a plain-text export: 40 characters holding 8 terms (one every 5 characters). */
const TERM_LINE = '[info]  用户运营，营销，销售，运营，营销策划，销售，新媒体运营，运营。\n';
/** The terms TERM_LINE holds (as the extension's detector reads them: tests/e2e/pathological-pages). */
export const TERMS_PER_LINE = 8;

export interface PathologicalPage {
  /** File name, also the page's name in the benchmark's table. */
  name: string;
  /** What the page is, for the table. */
  title: string;
  html: string;
}

const HEAD = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>`;

/** One text node of about `chars` characters with about one term every 5 characters: a log in a <pre>. */
export function hugeTextNodePage(chars = 1_000_000): PathologicalPage {
  const lines = Math.ceil(chars / TERM_LINE.length);
  return {
    name: 'huge-text-node.html',
    title: `one text node, ${(chars / 1e6).toFixed(1)} MB, ${lines * TERMS_PER_LINE} terms`,
    html: `${HEAD('日志')}<body><pre id="log">${TERM_LINE.repeat(lines)}</pre></body></html>`,
  };
}

/** `count` elements: a list of short rows, every other one holding a term. */
export function manyElementsPage(count = 100_000): PathologicalPage {
  const rows: string[] = [];
  for (let row = 0; row < count; row++) {
    rows.push(row % 2 ? `<div>第 ${row} 条 产品介绍</div>` : `<div>第 ${row} 条 招聘用户运营</div>`);
  }
  return {
    name: 'many-elements.html',
    title: `${count.toLocaleString('en')} elements`,
    html: `${HEAD('列表')}<body>${rows.join('')}</body></html>`,
  };
}

/**
 * `depth` nested <span>s, each holding a term before the next level. Built by a script in the page: the HTML
 * parser stops nesting at 512 levels (it appends deeper elements as siblings). Inline elements, because
 * Chromium itself cannot lay out such depths of blocks: 3,000 nested <div>s crash its renderer (seen here
 * with Chromium 156, without the extension; 2,000 work), 5,000 nested <span>s lay out in one paragraph.
 */
export function deepNestingPage(depth = 5_000): PathologicalPage {
  const build = `
    let parent = document.body;
    for (let level = 0; level < ${depth}; level++) {
      const span = document.createElement('span');
      span.append('层 ' + level + ' 招聘销售代表 ');
      parent.append(span);
      parent = span;
    }`;
  return {
    name: 'deep-nesting.html',
    title: `${depth.toLocaleString('en')} levels of nesting`,
    html: `${HEAD('嵌套')}<body><script>${build}</script></body></html>`,
  };
}

/**
 * A live board: `rows` rows whose text the page rewrites `perSecond` times a second in all (a few rows per
 * 4 ms timer tick: timers are clamped to 4 ms), each row keeping a term. `window.__changes` counts them.
 */
export function changingTextPage({ rows = 400, perSecond = 1_000 } = {}): PathologicalPage {
  const perTick = Math.max(1, Math.round(perSecond / 250));
  const body = Array.from({ length: rows }, (_, row) => `<p>行 ${row} 销售代表 0</p>`).join('');
  const live = `
    window.__changes = 0;
    const rows = document.getElementsByTagName('p');
    setInterval(() => {
      for (let step = 0; step < ${perTick}; step++) {
        const n = ++window.__changes;
        rows[n % rows.length].firstChild.data = '行 ' + (n % rows.length) + (n % 3 ? ' 销售代表 ' : ' 用户运营 ') + n;
      }
    }, 4);`;
  return {
    name: 'changing-text.html',
    title: `text changing ${perSecond.toLocaleString('en')} times a second`,
    html: `${HEAD('实时')}<body>${body}<script>${live}</script></body></html>`,
  };
}

/**
 * A live log: a <pre> of `lines` lines, 8 terms each, to which the page appends a line every `everyMs`
 * (a build log or a chat export that keeps growing). Every append changes the one big text node, so each
 * asks the engine to read the whole block again; `window.__changes` counts them.
 */
export function growingLogPage({ lines = 8_000, everyMs = 50 } = {}): PathologicalPage {
  const live = `
    window.__changes = 0;
    const log = document.getElementById('log').firstChild;
    setInterval(() => {
      window.__changes++;
      log.appendData(${JSON.stringify(TERM_LINE)});
    }, ${everyMs});`;
  return {
    name: 'growing-log.html',
    title: `a log of ${lines.toLocaleString('en')} lines growing ${Math.round(1000 / everyMs)} times a second`,
    html: `${HEAD('日志')}<body><pre id="log">${TERM_LINE.repeat(lines)}</pre><script>${live}</script></body></html>`,
  };
}

/** A table of `rows` rows of four cells, the title cell holding a term. */
export function bigTablePage(rows = 20_000): PathologicalPage {
  const titles = ['销售代表', '用户运营', '市场营销', '大客户销售'];
  const body: string[] = [];
  for (let row = 0; row < rows; row++) {
    body.push(`<tr><td>${row}</td><td>${titles[row % 4]}</td><td>深圳</td><td>15k-25k</td></tr>`);
  }
  return {
    name: 'big-table.html',
    title: `table of ${rows.toLocaleString('en')} rows`,
    html: `${HEAD('表格')}<body><table>${body.join('')}</table></body></html>`,
  };
}

/** The five pages of issue 14, item 1, at the sizes it names, and a growing log (a block changed again and again). */
export function pathologicalPages(): PathologicalPage[] {
  return [
    hugeTextNodePage(),
    manyElementsPage(),
    deepNestingPage(),
    changingTextPage(),
    bigTablePage(),
    growingLogPage(),
  ];
}
