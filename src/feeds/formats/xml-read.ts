/**
 * Reading parsed RSS/Atom: elements by namespace, `xml:base`, text constructs, people and
 * pictures. Shared by the RSS and the Atom reader; only ever sees an inert XML document.
 */
import { toIsoDate } from '../context.js';
import { collectText, tidyText, toPlainText } from '../text.js';
import { safeUrl } from '../links.js';
import { firstImage, imageUrl } from '../images.js';
import { attributeOf, queryIn } from '../dom-safe.js';

export { firstImage, imageUrl };

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

// Media RSS has been published under several addresses (Yahoo's, with and without the slash).
const MEDIA = /^https?:\/\/(video\.)?search\.yahoo\.com\/mrss\/?$/i;
const ITUNES = /^https?:\/\/www\.itunes\.com\/dtds\/podcast-1\.0\.dtd$/i;
const ATOM = new Set<string>([NS.atom, NS.atom03]);

/** Modules whose elements are never the item's own `<title>`, `<link>`, `<description>`. */
const MODULES = new Set<string>([NS.atom, NS.atom03, NS.dc, NS.dcterms, NS.content, NS.itunes, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#']);
export const isMedia = (el: Element) => MEDIA.test(el.namespaceURI ?? '');
export const isItunes = (el: Element) => ITUNES.test(el.namespaceURI ?? '');
export const isAtom = (el: Element) => ATOM.has(el.namespaceURI ?? '');
/** An RSS element of its own (no namespace, RSS 1.0/0.90, or a default namespace we do not know). */
export const isCore = (el: Element) => !el.namespaceURI || (!MODULES.has(el.namespaceURI) && !isMedia(el) && !isItunes(el));

type Test = (el: Element) => boolean;

/** Most children of one element looked at (an item of a real feed has a few dozen). */
export const MAX_CHILDREN = 2000;
const indexes = new WeakMap<Element, Map<string, Element[]>>();

/** An element's children by local name, read in one pass (a hostile item may hold 400,000). */
function childIndex(el: Element): Map<string, Element[]> {
  let index = indexes.get(el);
  if (!index) {
    index = new Map();
    let n = 0;
    for (let c = el.firstElementChild; c && n < MAX_CHILDREN; c = c.nextElementSibling, n++) {
      const list = index.get(c.localName);
      if (list) list.push(c);
      else index.set(c.localName, [c]);
    }
    indexes.set(el, index);
  }
  return index;
}

/** Children named `name` that pass `test`, in document order. */
export const kids = (el: Element | null | undefined, name: string, test: Test = () => true) =>
  el ? (childIndex(el).get(name) ?? []).filter(test) : [];
export const kid = (el: Element | null | undefined, name: string, test?: Test) => kids(el, name, test)[0];

/** Every child named `name` of a feed's container (`<channel>`, `<feed>`): items are not capped here but by the feed's limit. */
export function entriesOf(el: Element, name: string, test: Test): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name && test(c)) out.push(c);
  return out;
}
export const inNs = (ns: string): Test => (el) => el.namespaceURI === ns;

/** An element's text, whitespace collapsed, invisible characters removed (never parsed as HTML). */
export const plain = (el: Element | undefined) => (el ? tidyText(el.textContent ?? '') : '');

/**
 * The base URL of an element: the feed's address, changed by every `xml:base` on the way
 * down (channel, item, link). Only http(s) bases are followed.
 */
export function baseOf(el: Element | null, feedBase: string | undefined, memo: Map<Element, string | undefined>): string | undefined {
  if (!el) return feedBase;
  if (memo.has(el)) return memo.get(el);
  const parent = el.parentElement;
  const outer = baseOf(parent, feedBase, memo);
  const own = el.getAttributeNS(NS.xml, 'base') ?? el.getAttribute('xml:base');
  let base = outer;
  if (own?.trim()) {
    const resolved = safeUrl(own, outer);
    if (resolved && /^https?:/i.test(resolved)) base = resolved;
  }
  memo.set(el, base);
  return base;
}

/**
 * An Atom text construct (title, summary, content) as plain text. Atom 1.0 says
 * type="text" | "html" | "xhtml"; Atom 0.3 says a MIME type and mode="escaped" | "xml".
 */
export function atomText(el: Element | undefined): string {
  if (!el) return '';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = el.getAttribute('mode');
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (mode === 'xml' && type.includes('html'))) {
    const out: string[] = [];
    collectText(el, out); // the elements' text, never <script> or <style>
    return tidyText(out.join(''));
  }
  if (type === 'html' || type === 'text/html' || (type.includes('html') && mode !== 'base64')) return toPlainText(el.textContent ?? '');
  if (mode === 'base64') return '';
  return plain(el);
}

// `jan@x.pl (Jan Kowalski)` (RSS 2.0), `Jan Kowalski (https://jan.example) jan@x.pl`,
// `Jan Kowalski <jan@x.pl>`: the name is what readers see; addresses and links are dropped.
const EMAIL = /[^\s()<>@,;]+@[^\s()<>@,;]+/g;
const IN_PARENS = /\(([^()]*)\)/g;
const LINKISH = /^(https?:\/\/|www\.)\S*$|^\S+@\S+$/i;

/** The person's name from how feeds write authors; undefined when only an address is given. */
export function personName(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const text = tidyText(raw);
  if (!text) return undefined;
  const parens = [...text.matchAll(IN_PARENS)].map((m) => m[1].trim()).filter((p) => p && !LINKISH.test(p));
  const outside = text
    .replace(IN_PARENS, ' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(EMAIL, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  // Only an address (`noreply@blogger.com`): no name to show.
  const name = outside || parens[0] || '';
  return name ? toPlainText(name).slice(0, 200) || undefined : undefined;
}

/** Media RSS elements of an item: its own, and those inside media:group and media:content. */
function mediaOf(item: Element): Element[] {
  const own = [...childIndex(item).values()].flat().filter(isMedia);
  const nested = own.filter((m) => m.localName === 'group' || m.localName === 'content').flatMap((m) => [...childIndex(m).values()].flat().filter(isMedia));
  return [...own, ...nested];
}

/** The picture of an item from Media RSS: media:content (the default first), then the largest media:thumbnail. */
export function mediaImage(item: Element, base: (el: Element) => string | undefined): string | undefined {
  const media = mediaOf(item);
  const contents = media.filter((m) => m.localName === 'content');
  contents.sort((a, b) => Number(b.getAttribute('isDefault') === 'true') - Number(a.getAttribute('isDefault') === 'true'));
  for (const c of contents) {
    const url = imageUrl(c.getAttribute('url'), c.getAttribute('type'), c.getAttribute('medium'), base(c));
    if (url) return url;
  }
  const thumbs = media.filter((m) => m.localName === 'thumbnail');
  thumbs.sort((a, b) => (Number(b.getAttribute('width')) || 0) - (Number(a.getAttribute('width')) || 0));
  for (const t of thumbs) {
    const url = imageUrl(t.getAttribute('url'), null, 'image', base(t));
    if (url) return url;
  }
  return undefined;
}

/** `<itunes:image href>` of an element (an episode, or the podcast as a whole). */
export const itunesImage = (el: Element | null | undefined, base: string | undefined) => {
  const image = kid(el, 'image', isItunes);
  return image ? imageUrl(image.getAttribute('href') ?? image.textContent, null, 'image', base) : undefined;
};

/** First real `<img src>` among an XHTML element's descendants (Atom type="xhtml"). */
export function firstXhtmlImage(el: Element | undefined, base: string | undefined): string | undefined {
  const img = el ? queryIn(el, 'img[src]:not([width="1"]):not([height="1"])') : null;
  return img ? imageUrl(attributeOf(img, 'src'), null, 'image', base) : undefined;
}

/** The first date of `elements` that reads as one. */
export function firstDate(...elements: (Element | undefined)[]): string | undefined {
  for (const el of elements) {
    const date = el ? toIsoDate(el.textContent) : undefined;
    if (date) return date;
  }
  return undefined;
}
