/**
 * The part of the window a card may use, in CSS px: the layout viewport without its scrollbars. That is the
 * client size of the root element in standards mode, and of the body in quirks mode (pages without a
 * doctype, common on older Chinese job sites), where the root's client size is the whole document's:
 * https://drafts.csswg.org/cssom-view/#dom-element-clientheight (the body in quirks mode is the viewport's
 * stand-in). The window's inner size, which counts the scrollbars, is the fallback when neither says.
 */
export function viewportOf(win: Window): { width: number; height: number } {
  const doc = win.document;
  const viewportElement = doc.compatMode === 'BackCompat' ? doc.body : doc.documentElement;
  const width = viewportElement?.clientWidth || win.innerWidth;
  const height = viewportElement?.clientHeight || win.innerHeight;
  // Never more than the window itself (a root element styled smaller than the window is not the viewport).
  return { width: Math.min(width, win.innerWidth), height: Math.min(height, win.innerHeight) };
}
