/**
 * The part of the window a card may use, in CSS px: the layout viewport without scrollbars. The root
 * element's client size is that in standards mode, but in quirks mode (pages without a doctype, common on
 * older Chinese job sites) it is the size of the whole document, so the window's inner size is used there.
 * https://drafts.csswg.org/cssom-view/#dom-element-clientheight (the "quirks mode" special case)
 */
export function viewportOf(win: Window): { width: number; height: number } {
  const doc = win.document;
  const root = doc.documentElement;
  const standards = doc.compatMode === 'CSS1Compat';
  const width = standards && root.clientWidth > 0 ? root.clientWidth : win.innerWidth;
  const height = standards && root.clientHeight > 0 ? root.clientHeight : win.innerHeight;
  // Never more than the window itself (a root element styled smaller than the window is not the viewport).
  return { width: Math.min(width, win.innerWidth), height: Math.min(height, win.innerHeight) };
}
