/**
 * Pictures named by feeds, in every format: an image URL must be http(s) or relative (no
 * `data:`, `mailto:` or `tel:` in an `<img src>`), and a candidate whose type or address
 * says it is audio, video or a document is no picture. Pure string code (no DOM parse).
 */
import { decodeEntities } from './text.js';
import { attributesOf, scanHtml } from './html-scan.js';
import { safeWebUrl } from './links.js';

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|avif|svg|bmp)(\?|#|$)/i;
const OTHER_EXT = /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|mov|webm|mkv|avi|pdf|zip|docx?|xlsx?|pptx?|torrent)(\?|#|$)/i;

/** An image candidate: its URL, and how sure we are from its `type`/`medium`. */
export function imageUrl(url: unknown, type: string | null | undefined, medium: string | null | undefined, base: string | undefined): string | undefined {
  const href = safeWebUrl(url, base);
  if (!href) return undefined;
  if (medium) return medium.toLowerCase() === 'image' ? href : undefined;
  if (type) return /^image\//i.test(type.trim()) ? href : undefined;
  // Nothing says what it is: an image unless the address says otherwise.
  return IMAGE_EXT.test(href) || !OTHER_EXT.test(href) ? href : undefined;
}

/** First real `<img src>` of an HTML snippet (tracking pixels left out), read without a parser. */
export function firstImage(html: unknown, base: string | undefined): string | undefined {
  if (typeof html !== 'string' || !/<img\b/i.test(html)) return undefined;
  let found: string | undefined;
  scanHtml(html, {
    start(name, raw) {
      if (name !== 'img') return;
      const attributes = attributesOf(raw);
      if (attributes.get('width') === '1' || attributes.get('height') === '1') return;
      found = imageUrl(decodeEntities(attributes.get('src') ?? ''), null, 'image', base);
      return found === undefined;
    },
  });
  return found;
}
