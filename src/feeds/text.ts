/**
 * Untrusted text and URLs from feeds: plain-text conversion, safe URLs and sanitized rich
 * text. Nothing here returns an HTML string; rich text comes back as DOM nodes.
 */
import type { Localized } from './types.js';
import { parseInert } from './inert.js';
import { INVISIBLE_CHARS, TAG_CHARS } from './links.js';
import { BLOCK, SKIP } from './html-names.js';
import { scanHtml } from './html-scan.js';
import { bodyOf, firstChildOf, localNameOf, nextSiblingOf, nodeTypeOf, nodeValueOf } from './dom-safe.js';

/** Longest plain text kept from one field (a hostile feed cannot make a megabyte title). */
export const MAX_TEXT_LENGTH = 20_000;

export { BLOCK, SKIP } from './html-names.js';

/** Control characters (except tab and newlines) and every invisible character of {@link INVISIBLE_CHARS}: removed from shown text. */
export const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${INVISIBLE_CHARS}]|${TAG_CHARS}`, 'g');

/**
 * Text that {@link tidyText} would change: a control or invisible character, whitespace
 * other than one plain (or no-break) space, two spaces in a row, or whitespace at either end.
 */
const UNTIDY = new RegExp(`${CONTROL.source}|[^\\S \\u00a0\\u202f]| {2}|^\\s|\\s$`);

/**
 * True when {@link tidyText} has nothing to change, in one pass: printable ASCII, single inner
 * spaces and the letters up to Cyrillic (but U+00AD and U+034F, which are invisible) are fine;
 * any other character leaves the answer to {@link UNTIDY}.
 */
function isTidy(text: string): boolean {
  let space = true; // a space first is one too many
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c > 32 && c < 127) || (c > 160 && c < 0x530 && c !== 0xad && c !== 0x34f)) space = false;
    else return !UNTIDY.test(text);
  }
  return !space || !text; // no space last
}

/**
 * Text as it is shown: control, bidi and invisible characters removed (they make a text look
 * unlike what it is: `raport_\u202Efdp.exe` shows as "raport_exe.pdf"), whitespace collapsed,
 * length capped.
 */
export const tidyText = (text: string) => {
  if (text.length <= MAX_TEXT_LENGTH && isTidy(text)) return text; // most feed text: one scan, no copies
  const out = text.replace(CONTROL, '').replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
  return out.length > MAX_TEXT_LENGTH ? `${out.slice(0, MAX_TEXT_LENGTH - 1)}…` : out;
};

// Node type numbers (no global `Node` needed: a server renderer may hand in its own DOM).
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

const tidy = tidyText;

/** The text of a node's descendants, spaced at block boundaries; script, style and the like left out. */
export function collectText(node: Node, out: string[]) {
  for (let child = firstChildOf(node); child; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      out.push(nodeValueOf(child) ?? '');
    } else if (type === ELEMENT_NODE) {
      const name = localNameOf(child).toLowerCase();
      if (SKIP.has(name)) continue;
      const block = BLOCK.has(name);
      if (block) out.push(' ');
      collectText(child, out);
      if (block) out.push(' ');
    }
  }
}

const BASIC_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  oacute: 'ó', Oacute: 'Ó', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  euro: '€', copy: '©', reg: '®', deg: '°', middot: '·', bull: '•',
  colon: ':', sol: '/', lpar: '(', rpar: ')', Tab: '\t', NewLine: '\n', period: '.', semi: ';',
};

const namedEntities = new Map<string, string | null>();
/** The character(s) of an HTML entity name outside the short table, looked up once in an inert parse. */
function namedEntity(name: string): string | undefined {
  if (Object.hasOwn(BASIC_ENTITIES, name)) return BASIC_ENTITIES[name];
  if (!namedEntities.has(name)) {
    // Bounded: a hostile feed may invent thousands of names.
    const text = namedEntities.size < 2500 ? bodyOfInert(`&${name};`)?.textContent : undefined;
    namedEntities.set(name, text && text !== `&${name};` ? text : null);
  }
  return namedEntities.get(name) ?? undefined;
}

/**
 * Decodes character references that really are ones: `&amp;`, `&#8211;`, `&oacute;` (with
 * the semicolon). `&copy=2` or `?a=1&lt=3` stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{0,31});/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return namedEntity(body) ?? match;
  });
}

/** Longest markup, and most tags, handed to the HTML parser (its cost grows faster than the input). */
const MAX_PARSED_MARKUP = 32_768;
const MAX_PARSED_TAGS = 2_000;

/**
 * True for markup that could keep the HTML parser busy for seconds (tag soup in the tens of
 * kilobytes): such text takes the string-only path instead. Feed titles and excerpts are far
 * below these limits.
 */
export function tooHeavyToParse(markup: string): boolean {
  if (markup.length > MAX_PARSED_MARKUP) return true;
  let tags = 0;
  for (let i = markup.indexOf('<'); i !== -1; i = markup.indexOf('<', i + 1)) if (++tags > MAX_PARSED_TAGS) return true;
  return false;
}

/** The `<body>` of `markup` parsed inertly, or null when parsing is not possible here. */
export function bodyOfInert(markup: string): HTMLElement | null {
  const doc = parseInert(`<!doctype html><body>${markup}`, 'text/html');
  return doc ? bodyOf(doc) : null;
}

/**
 * Turns a feed value into plain text: HTML tags dropped (read as text by a linear scanner,
 * never parsed into the page), character references decoded, whitespace collapsed, control
 * and invisible characters removed, length capped. Non-strings give ''.
 */
export function toPlainText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  if (!value.includes('<')) return tidy(decodeEntities(value));
  const out: string[] = [];
  let length = 0;
  scanHtml(value, {
    text(raw) {
      const text = decodeEntities(raw);
      out.push(text);
      length += text.length;
      return length <= MAX_TEXT_LENGTH; // enough text: stop reading
    },
    boundary: () => void out.push(' '),
  });
  return tidy(out.join(''));
}

const LANG_KEY = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
/** Most keys of a language map looked at, and most languages kept. */
export const MAX_MAP_KEYS = 200;
export const MAX_LANGUAGES = 50;

/**
 * A text field that may be a string or a language map (`{"pl": …, "de": …}`), as plain
 * text. Undefined when there is no usable text at all.
 */
export function toLocalized(value: unknown): Localized | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = toPlainText(value);
    return text ? text : undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const map: Record<string, string> = {};
    let seen = 0;
    let kept = 0;
    // A language map has a handful of keys; a hostile one may have 200,000 (each a parse).
    for (const key in value) {
      if (++seen > MAX_MAP_KEYS || kept >= MAX_LANGUAGES) break;
      if (!Object.hasOwn(value, key) || !LANG_KEY.test(key)) continue;
      const plain = toPlainText((value as Record<string, unknown>)[key]);
      if (plain && !Object.hasOwn(map, key)) {
        map[key] = plain;
        kept++;
      }
    }
    return kept ? map : undefined;
  }
  return undefined;
}

/** Merges per-language texts into a base text in `baseLang` (e.g. JSON Feed + `_civic`). */
export function mergeLocalized(base: Localized | undefined, baseLang: string | undefined, extra: Localized | undefined): Localized | undefined {
  if (!extra || typeof extra === 'string') return base ?? extra;
  if (!base) return extra;
  if (typeof base === 'string') return baseLang ? { [baseLang]: base, ...extra } : { und: base, ...extra };
  return { ...base, ...extra };
}
