/** The encoding a saved page declares: read by the detect command and by the test server alike. */

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
