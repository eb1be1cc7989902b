/** The guess for feeds that are not UTF-8 and declare no encoding: the rule is in `encoding.ts`. */

const CENTRAL = /^(pl|cs|sk|hu|sl|hr|bs|ro)\b/i;
// Bytes of Polish letters only in windows-1250 (ą ś ź Ą Ś Ź), only in ISO-8859-2, and in both (ł ę ć ń ż …).
const ONLY_1250 = new Set([0xb9, 0x9c, 0x9f, 0xa5, 0x8c, 0x8f]);
const ONLY_8859_2 = new Set([0xb1, 0xb6, 0xbc, 0xa1, 0xa6, 0xac]);
const SHARED = new Set([0xb3, 0xa3, 0xea, 0xca, 0xe6, 0xc6, 0xf1, 0xd1, 0xbf, 0xaf]);
// windows-1252 letters (è à ù û ì ò ã õ å ø À È Ø Å) that Polish text never has.
const WESTERN = new Set([0xe8, 0xe0, 0xf9, 0xfb, 0xec, 0xf2, 0xe3, 0xf5, 0xe5, 0xf8, 0xc0, 0xc8, 0xd8, 0xc5]);

/** The legacy encoding of bytes that are not UTF-8 (see the rule above). */
export function legacyEncoding(bytes: Uint8Array, head: string): string {
  const lang = /<(?:dc:)?language>\s*([a-z]{2,3})/i.exec(head)?.[1] ?? /\bxml:lang\s*=\s*["']([a-z]{2,3})/i.exec(head)?.[1] ?? /"language"\s*:\s*"([a-z]{2,3})/i.exec(head)?.[1];
  let only1250 = 0;
  let only8859 = 0;
  let shared = 0;
  let western = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    if (ONLY_1250.has(byte)) only1250++;
    else if (ONLY_8859_2.has(byte)) only8859++;
    else if (SHARED.has(byte)) shared++;
    else if (WESTERN.has(byte)) western++;
  }
  const central = lang ? CENTRAL.test(lang) : only1250 + only8859 + shared > 0 && western === 0;
  if (!central) return 'windows-1252';
  return only8859 > only1250 ? 'iso-8859-2' : 'windows-1250';
}
