import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createHeadingFinder, headingOf } from '../../engine/nearest-heading';

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The text node whose data is `text`. */
function textNode(doc: Document, text: string): Text {
  const walker = doc.createTreeWalker(doc, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue === text) return node as Text;
  throw new Error(`no text node "${text}"`);
}

describe('the heading a text sits under', () => {
  const doc = parse(
    '<p>before</p><h1>招聘  业务\n专员</h1><p>first</p>' +
      '<section><h2>岗位职责</h2><ul><li>second</li></ul><div role="heading">任职要求</div><p>third</p></section>' +
      '<h4>任职要求</h4><p>fifth</p>' +
      '<h3></h3><p>fourth</p>',
  );
  const finder = createHeadingFinder(doc);

  it('is the last heading before it in document order, its white space folded', () => {
    expect(headingOf(finder, textNode(doc, 'before'))).toBeUndefined();
    expect(headingOf(finder, textNode(doc, 'first'))).toBe('招聘 业务 专员');
    expect(headingOf(finder, textNode(doc, 'second'))).toBe('岗位职责');
    // role="heading" is not read (the engine's walk notes headings by tag name alone).
    expect(headingOf(finder, textNode(doc, 'third'))).toBe('岗位职责');
    expect(headingOf(finder, textNode(doc, 'fifth'))).toBe('任职要求');
  });

  it('is the heading itself for its own text, and none for an empty heading', () => {
    expect(headingOf(finder, textNode(doc, '岗位职责'))).toBe('岗位职责');
    expect(headingOf(finder, textNode(doc, 'fourth'))).toBeUndefined();
  });

  it('places text in a shadow root under a heading of its own tree, else where its host is', () => {
    const page = parse('<h2>业务部</h2><div id="host"></div><h2>later</h2>');
    const shadow = (page.getElementById('host') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p><h3>shadow heading</h3><p>after</p>';
    const [inside, after] = [...shadow.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const finder = createHeadingFinder(page);
    expect(headingOf(finder, inside as Text)).toBe('业务部');
    expect(headingOf(finder, after as Text)).toBe('shadow heading');
  });

  it('finds a heading far before the text, past what it looks back over', () => {
    const cards = Array.from({ length: 400 }, (_, index) => `<div><span>card ${index}</span></div>`).join('');
    const page = parse(`<h2>far</h2><h3>inner</h3>${cards}<div><h3>near</h3></div><p>last</p>`);
    const finder = createHeadingFinder(page);
    expect(headingOf(finder, textNode(page, 'card 399'))).toBe('inner');
    expect(headingOf(finder, textNode(page, 'card 0'))).toBe('inner');
    expect(headingOf(finder, textNode(page, 'last'))).toBe('near');
  });

  it("reads a heading close by as it is now, and the document's headings again only after reset", () => {
    const cards = Array.from({ length: 400 }, (_, index) => `<div><span>card ${index}</span></div>`).join('');
    const page = parse(`<h2 id="close">old</h2><p>near</p><div id="cards">${cards}</div><p>text</p>`);
    const headings = createHeadingFinder(page);
    const [near, text] = [textNode(page, 'near'), textNode(page, 'text')];
    expect(headingOf(headings, text)).toBe('old');
    const added = page.createElement('h3');
    added.textContent = 'new';
    page.getElementById('cards')?.before(added);
    // Close by: looked back over, so seen at once. Far: the list of headings read before.
    expect(headingOf(headings, near)).toBe('old');
    expect(headingOf(headings, text)).toBe('old');
    (page.getElementById('close') as Element).textContent = 'renamed';
    headings.reset();
    expect(headingOf(headings, text)).toBe('new');
    expect(headingOf(headings, near)).toBe('renamed');
  });

  it('reads only the start of an overlong heading', () => {
    const page = parse(`<h2>${'长'.repeat(500)}</h2><p>text</p>`);
    expect(headingOf(createHeadingFinder(page), textNode(page, 'text'))).toHaveLength(200);
  });
});
