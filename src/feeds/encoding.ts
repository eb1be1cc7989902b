/**
 * The text encoding of a feed body. Declared encodings win: a byte order mark, then the
 * Content-Type charset, then the XML declaration. Undeclared bodies are UTF-8 when they
 * decode as strict UTF-8. Otherwise they come from an old editor or CMS, and the rule is:
 *
 * 1. the feed's own language tag (`<language>`, `xml:lang`, `"language"`) decides:
 *    Central European languages (pl, cs, sk, hu, sl, hr, bs, ro) → windows-1250 (or
 *    ISO-8859-2 when its bytes for ą/ś/ź say so), any other language → windows-1252;
 * 2. without a tag, bytes that spell Polish letters (ą ć ę ł ń ś ź ż) in windows-1250 or
 *    ISO-8859-2, and no Western letters that Polish never uses (è à ù ø å …), choose those;
 * 3. otherwise windows-1252 (German, English and other Western European text).
 */

const label = (name: string | undefined) => {
  if (!name) return undefined;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined; // an unknown label: try the next source
  }
};

/** The encoding a body declares (byte order mark, Content-Type charset, XML declaration), or undefined. */
export function declaredEncoding(bytes: Uint8Array, contentType: string | null | undefined): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return (
    label(/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]) ??
    label(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(String.fromCharCode(...bytes.subarray(0, 1024)))?.[1])
  );
}

/**
 * Decodes a feed body; `guessed` names the legacy encoding when none was declared and UTF-8
 * failed (the guess lives in its own small chunk: almost every feed is UTF-8).
 */
export async function decodeBody(bytes: Uint8Array, contentType: string | null | undefined): Promise<{ text: string; guessed?: string }> {
  const encoding = declaredEncoding(bytes, contentType);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { legacyEncoding } = await import('./encoding-legacy.js');
    const guessed = legacyEncoding(bytes);
    return { text: new TextDecoder(guessed).decode(bytes), guessed };
  }
}

/** The console line for a body read in a guessed encoding. */
export const guessedWarning = (url: string, guessed: string) =>
  `[civic-widgets] ${url}: the feed is not UTF-8 and names no charset; read as ${guessed}. Declare it (Content-Type: …; charset=…, or <?xml … encoding="…"?>).`;
