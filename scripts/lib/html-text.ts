import { Window } from 'happy-dom';
import { visibleText } from '../../engine/visible-text';

/** The visible text of a saved HTML page, extracted by the content script's own scanner rules. */

/** How far into the file a <meta charset> is looked for (the HTML spec's prescan reads 1024 bytes). */
const CHARSET_PRESCAN_BYTES = 4096;

const CHARSET_ALIASES: Record<string, string> = { gb2312: 'gbk', gb_2312: 'gbk', 'x-gbk': 'gbk' };

/** The encoding a page declares in <meta charset> or <meta http-equiv content="...; charset=...">. */
export function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const name = match?.[1]?.toLowerCase() ?? 'utf-8';
  return CHARSET_ALIASES[name] ?? name;
}

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
