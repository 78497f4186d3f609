import type { RunBreak } from './run-boundary';
import { isInlineTag, isSkippedByAttribute } from './skip-rules';
import { hasVisibleCharacter, type TextRun } from './text-runs';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * An element a run cannot cross: a block (anything not inline), an inline element skipped for an attribute,
 * or one `breaks` says is a box of its own (run-boundary.ts).
 */
function endsRun(element: Element, breaks: RunBreak): boolean {
  return !isInlineTag(element.localName) || isSkippedByAttribute(element) || breaks(element);
}

/**
 * The text node before (`backward`) or after `from` in the same run, or null at the run's edge. Inline
 * elements are entered and left, comments are passed over; a block, a skipped element, a shadow root or
 * `root` ends the run, exactly where the full walk of text-runs.ts ends it.
 */
function neighbourInRun(from: Node, root: Node, backward: boolean, breaks: RunBreak): Text | null {
  let node = from;
  for (;;) {
    let sibling = backward ? node.previousSibling : node.nextSibling;
    while (!sibling) {
      const parent = node.parentNode;
      if (
        !parent ||
        parent === root ||
        parent.nodeType !== ELEMENT_NODE ||
        endsRun(parent as Element, breaks)
      ) {
        return null;
      }
      node = parent;
      sibling = backward ? node.previousSibling : node.nextSibling;
    }
    node = sibling;
    // Into the sibling from the side facing `from`, down to its nearest text.
    for (;;) {
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) return node as Text;
      if (type !== ELEMENT_NODE) break; // a comment or processing instruction: go on past it
      if (endsRun(node as Element, breaks)) return null;
      const child = backward ? node.lastChild : node.firstChild;
      if (!child) break; // an empty inline element
      node = child;
    }
  }
}

/**
 * The run that holds `node` (a text node with a visible character, not in skipped content), read from
 * its neighbours alone: the same nodes, offsets and text the full walk gives that run, at a cost that
 * follows the run's length, not the page's. `root` bounds it as it bounds a walk; `rule` must be the rule
 * the full walk would use (run-boundary.ts).
 */
export function runAround(node: Text, root: Node, rule: RunBreak): TextRun {
  // The walk asks about an inline element when it enters it and again when it leaves it, and about the
  // node's own ancestors once per direction: each is read once (in the browser, a style read each). A Map,
  // made on the first question: a run inside 5,000 nested inline elements asks 10,000 questions.
  let asked: Map<Element, boolean> | undefined;
  const breaks: RunBreak = (element) => {
    asked ??= new Map();
    let answer = asked.get(element);
    if (answer === undefined) {
      answer = rule(element);
      asked.set(element, answer);
    }
    return answer;
  };
  const before: Text[] = [];
  for (let at = neighbourInRun(node, root, true, breaks); at; at = neighbourInRun(at, root, true, breaks)) {
    before.push(at);
  }
  // As in the full walk, white space before the run's first visible character is not part of it.
  while (before.length > 0 && !hasVisibleCharacter((before[before.length - 1] as Text).data)) before.pop();
  const nodes = before.reverse();
  nodes.push(node);
  for (let at = neighbourInRun(node, root, false, breaks); at; at = neighbourInRun(at, root, false, breaks)) {
    nodes.push(at);
  }
  const starts: number[] = [];
  let text = '';
  for (let index = 0; index < nodes.length; index++) {
    starts.push(text.length);
    text += (nodes[index] as Text).data;
  }
  return { nodes, starts, text };
}
