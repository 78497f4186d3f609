import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { documentRuns, RUN_SEPARATOR, visibleText } from '../../engine/visible-text';

// The scanner rules as the Node `detect` command applies them (happy-dom parses, no layout).
function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('visibleText', () => {
  it('joins inline elements into one run and splits runs at blocks', () => {
    const doc = parse('<p>招聘<b>运营</b>总监</p><div>销售<br>代表</div><ul><li>市场</li><li>营销</li></ul>');
    expect(documentRuns(doc).map((run) => run.text)).toEqual([
      '招聘运营总监',
      '销售',
      '代表',
      '市场',
      '营销',
    ]);
    expect(visibleText(doc)).toBe(['招聘运营总监', '销售', '代表', '市场', '营销'].join(RUN_SEPARATOR));
  });

  it('reads no head, script, style, form control, template, editor, hidden element or tooltip host', () => {
    const doc = parse(
      `<head><title>运营</title><style>p{}</style></head><body>
      <script>1</script><noscript>a</noscript><textarea>b</textarea><input value="c"><select><option>d</option></select>
      <template><p>e</p></template><div contenteditable="true">f</div><div contenteditable>g</div><p hidden>h</p>
      <role-lens-tooltip>i</role-lens-tooltip><iframe>j</iframe><svg><text>k</text></svg>
      <div contenteditable="false">kept</div></body>`,
    );
    expect(visibleText(doc)).toBe('kept');
  });

  it('gives each run the offsets of its text nodes, so detections map back to nodes', () => {
    const doc = parse('<p>招聘<b>运营</b>总监</p>');
    const [run] = documentRuns(doc);
    expect(run?.starts).toEqual([0, 2, 4]);
    expect(run?.nodes.map((node) => node.data)).toEqual(['招聘', '运营', '总监']);
  });

  it('leaves out runs of only white space and keeps the white space inside runs', () => {
    const doc = parse('<div>\n  <p> 运营  总监 </p>\n  <p>\n</p></div>');
    expect(visibleText(doc)).toBe(' 运营  总监 ');
  });

  it('reads open shadow roots after the document, in the order their hosts appear', () => {
    const doc = parse('<div id="a"></div><p>正文</p><div id="b"></div>');
    doc.getElementById('b')?.attachShadow({ mode: 'open' }).append(doc.createTextNode('二'));
    const first = doc.getElementById('a')?.attachShadow({ mode: 'open' });
    first?.append(doc.createTextNode('一'));
    expect(visibleText(doc).split(RUN_SEPARATOR)).toEqual(['正文', '一', '二']);
  });
});
