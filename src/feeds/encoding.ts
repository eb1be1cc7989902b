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

/**
 * Decodes a feed body; `guessed` names the legacy encoding when none was declared and UTF-8
 * failed (the guess lives in its own small chunk: almost every feed is UTF-8).
 */
export async function decodeBody(bytes: Uint8Array, contentType: string | null): Promise<{ text: string; guessed?: string }> {
  let encoding: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  encoding ??=
    label(/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]) ??
    label(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { legacyEncoding } = await import('./encoding-legacy.js');
    const guessed = legacyEncoding(bytes, head);
    return { text: new TextDecoder(guessed).decode(bytes), guessed };
  }
}
