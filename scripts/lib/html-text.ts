import { Window } from 'happy-dom';
import { visibleText } from '../../engine/visible-text';
import { declaredCharset } from './charset';

/** The visible text of a saved HTML page, extracted by the content script's own scanner rules. */

export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder(declaredCharset(bytes)).decode(bytes);
  } catch {
    // An encoding name TextDecoder does not know: read it as UTF-8 rather than fail.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function htmlVisibleText(bytes: Uint8Array): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(decodeHtml(bytes), 'text/html');
    return visibleText(doc as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
