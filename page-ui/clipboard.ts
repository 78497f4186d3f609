/**
 * Puts text on the clipboard from a click in the card. The async Clipboard API first; pages can deny it
 * (Permissions-Policy `clipboard-write`, or an insecure http: page where navigator.clipboard is missing), and
 * then a textarea inside our own shadow root is selected and copied with execCommand, which a click allows.
 * https://w3c.github.io/clipboard-apis/#dom-clipboard-writetext
 */
export async function copyText(text: string, scratch: ShadowRoot | undefined): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no async clipboard here');
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    if (!scratch) throw error;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  const focused = scratch.activeElement;
  scratch.append(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    if (!document.execCommand('copy')) throw new Error('the page refused to copy');
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  }
}
