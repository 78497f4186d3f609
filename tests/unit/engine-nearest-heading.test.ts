import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createHeadingFinder } from '../../engine/nearest-heading';

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
      '<h3></h3><p>fourth</p>',
  );
  const finder = createHeadingFinder(doc);

  it('is the last heading before it in document order, its white space folded', () => {
    expect(finder.headingOf(textNode(doc, 'before'))).toBeUndefined();
    expect(finder.headingOf(textNode(doc, 'first'))).toBe('招聘 业务 专员');
    expect(finder.headingOf(textNode(doc, 'second'))).toBe('岗位职责');
    expect(finder.headingOf(textNode(doc, 'third'))).toBe('任职要求');
  });

  it('is the heading itself for its own text, and none for an empty heading', () => {
    expect(finder.headingOf(textNode(doc, '岗位职责'))).toBe('岗位职责');
    expect(finder.headingOf(textNode(doc, 'fourth'))).toBeUndefined();
  });

  it('places text in a shadow root where its host is', () => {
    const page = parse('<h2>业务部</h2><div id="host"></div><h2>later</h2>');
    const shadow = (page.getElementById('host') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const inside = (shadow.querySelector('p') as Element).firstChild as Text;
    expect(createHeadingFinder(page).headingOf(inside)).toBe('业务部');
  });

  it('reads the headings again after reset, not before', () => {
    const page = parse('<h2>old</h2><p>text</p>');
    const headings = createHeadingFinder(page);
    const text = textNode(page, 'text');
    expect(headings.headingOf(text)).toBe('old');
    const added = page.createElement('h3');
    added.textContent = 'new';
    page.body.insertBefore(added, text.parentNode);
    expect(headings.headingOf(text)).toBe('old');
    headings.reset();
    expect(headings.headingOf(text)).toBe('new');
  });

  it('reads only the start of an overlong heading', () => {
    const page = parse(`<h2>${'长'.repeat(500)}</h2><p>text</p>`);
    expect(createHeadingFinder(page).headingOf(textNode(page, 'text'))).toHaveLength(200);
  });
});
