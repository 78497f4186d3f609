import type { Detection } from '../core/types';
import type { Mark } from './mark-index';
import type { TextRun } from './text-runs';

export interface MarkPiece {
  node: Text;
  start: number;
  end: number;
}

export interface RunMark {
  mark: Mark;
  pieces: MarkPiece[];
}

/**
 * Turns detections in `run.text` (sorted, non-overlapping) into marks over the run's text nodes. One pass:
 * node index and detection index only move forward. A mark's range is made when it first paints
 * (paintRange); it will be a StaticRange, not a Range: live ranges are updated by the browser on every DOM
 * change of the page, which on a page with thousands of marks would tax it.
 */
export function marksForRun({
  run,
  detections,
  doc,
  box,
}: {
  run: TextRun;
  detections: readonly Detection[];
  doc: Document;
  /** The element whose nearness to the viewport decides whether the run's marks paint (see Mark.box). */
  box: Element | null;
}): RunMark[] {
  const { nodes, starts } = run;
  const result: RunMark[] = [];
  let nodeIndex = 0;
  // Indexed loops throughout: this runs for every marked run, often in code V8 has not optimised yet, where
  // the iteration protocol of for…of costs more than the loop's work.
  for (let detectionIndex = 0; detectionIndex < detections.length; detectionIndex++) {
    const detection = detections[detectionIndex] as Detection;
    if (detection.end <= detection.start || detection.end > run.text.length) continue;
    // The node holding the first character: the last node starting at or before it.
    while (nodeIndex + 1 < nodes.length && (starts[nodeIndex + 1] as number) <= detection.start) nodeIndex++;
    const pieces: MarkPiece[] = [];
    let index = nodeIndex;
    for (;;) {
      const node = nodes[index] as Text;
      const nodeStart = starts[index] as number;
      const nodeEnd = nodeStart + node.data.length;
      const start = Math.max(detection.start, nodeStart) - nodeStart;
      const end = Math.min(detection.end, nodeEnd) - nodeStart;
      if (end > start) pieces.push({ node, start, end });
      if (detection.end <= nodeEnd || index + 1 >= nodes.length) break;
      index++;
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) continue;
    const markNodes: Text[] = [];
    for (let piece = 0; piece < pieces.length; piece++) markNodes.push((pieces[piece] as MarkPiece).node);
    const mark: Mark = {
      detection,
      doc,
      nodes: markNodes,
      startOffset: first.start,
      endOffset: last.end,
      box,
      range: undefined,
    };
    result.push({ mark, pieces });
  }
  return result;
}
