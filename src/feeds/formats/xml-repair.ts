/**
 * Lenient recovery for RSS/Atom that is almost XML, as hand-made municipal CMSs and cut
 * downloads produce it: a bare `&`, HTML entities (`&nbsp;`, `&oacute;`), control
 * characters, prefixes used without a namespace declaration, junk after the root element,
 * and a file cut off before `</rss>`. The repaired text is parsed by the same inert parser,
 * so nothing here can add markup: it only escapes, spells characters as numeric
 * references, declares prefixes and closes what was open.
 */
import { bodyOfInert } from '../text.js';
import { firstChildOf, nextSiblingOf } from '../dom-safe.js';
import { runSync, type Steps } from '../steps.js';

export interface Repaired {
  text: string;
  /** What was repaired, for the console ("2 bare &", "cut off: closed after entry 12"). */
  notes: string[];
  /** True when the nesting itself is wrong (`<a><b></a>`): guessing that would invent structure. */
  hopeless?: boolean;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Most distinct HTML entity names looked up (HTML has about 2,200). */
const MAX_ENTITY_NAMES = 2500;

/** Namespaces of the prefixes feeds use without declaring them. */
const KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  a10: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

// One token at a time: CDATA, comment, processing instruction, DOCTYPE, a tag (maybe cut
// off), text. Linear: no token pattern can backtrack over another.
const TOKEN = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\][^>]*)?>?|<\/?[A-Za-z_](?:[^<>"']|"[^"<]*"|'[^'<]*')*>?|[^<]+|</gi;
const NAME = /^<\/?([A-Za-z_][\w.:-]*)/;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, to be removed before parsing
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const REF = /&(?:#(\d{1,7});|#x([0-9a-f]{1,6});|([A-Za-z][A-Za-z0-9]{0,31});)?/gi;

const legalChar = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** Characters of HTML entity names, looked up in one inert HTML parse (no table shipped). */
function htmlEntities(names: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  if (!names.size) return found;
  const list = [...names];
  const body = bodyOfInert(list.map((n) => `<i>&${n};</i>`).join(''));
  let i = 0;
  for (let node = body ? firstChildOf(body) : null; node && i < list.length; node = nextSiblingOf(node), i++) {
    const text = (node as Element).textContent ?? '';
    if (text && text !== `&${list[i]};`) found.set(list[i], text);
  }
  return found;
}

// The characters of an HTML entity as XML text: literal, except those that are markup.
const MARKUP: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const asXml = (text: string) => text.replace(/[<>&"']/g, (c) => MARKUP[c]);

/**
 * Repairs almost-XML; returns the text unchanged (and no notes) when there was nothing to
 * do. `closeOnly` (a well-formed text cut short on purpose) only closes what is open.
 */
export const repairXml = (input: string, closeOnly = false): Repaired => runSync(repairSteps(input, closeOnly));

/** {@link repairXml} in steps (a few thousand tokens each), for a feed read in slices. */
export function* repairSteps(input: string, closeOnly = false): Steps<Repaired> {
  const notes: string[] = [];
  let bareAmps = 0;
  let badRefs = 0;
  let controls = 0;

  // Which HTML entity names occur (in CDATA too, harmlessly): looked up in one go.
  const names = new Set<string>();
  if (!closeOnly) {
    for (const m of input.matchAll(/&([A-Za-z][A-Za-z0-9]{0,31});/g)) {
      if (!XML_ENTITIES.has(m[1]) && names.size < MAX_ENTITY_NAMES) names.add(m[1]);
    }
  }
  const tokens = input.match(TOKEN) ?? [];
  const html = htmlEntities(names);
  let decoded = 0;

  const fixRefs = (text: string) =>
    text.replace(REF, (match, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        if (legalChar(parseInt(dec ?? hex!, dec ? 10 : 16))) return match;
        badRefs++;
        return '';
      }
      if (name) {
        if (XML_ENTITIES.has(name)) return match;
        const chars = html.get(name);
        if (chars !== undefined) {
          decoded++;
          return asXml(chars);
        }
        badRefs++;
        return `&amp;${name};`;
      }
      bareAmps++;
      return '&amp;';
    });
  const dropControls = (text: string) =>
    closeOnly
      ? text
      : text.replace(XML_ILLEGAL, () => {
          controls++;
          return '';
        });
  const fix = (text: string) => (closeOnly || !text.includes('&') ? dropControls(text) : fixRefs(dropControls(text)));

  const out: string[] = [];
  const stack: string[] = [];
  let rootClosed = false;
  let junk = false;
  let lastEntryEnd = -1; // out.length after the last complete item/entry
  let stackAtEntryEnd: string[] = [];
  let entries = 0;
  const prefixes = new Set<string>();
  const declared = new Set<string>(['xml', 'xmlns']);
  let rootIndex = -1;

  let done = 0;
  for (const token of tokens) {
    if (++done % 2000 === 0) yield;
    if (rootClosed) {
      if (token.trim() && !token.startsWith('<!--') && !token.startsWith('<?')) junk = true;
      continue;
    }
    if (token.startsWith('<![CDATA[')) {
      if (token.endsWith(']]>')) out.push(dropControls(token));
      continue; // a CDATA section cut off at the end of the file: dropped
    }
    if (token.startsWith('<!') || token.startsWith('<?')) {
      if (token.endsWith('>')) out.push(dropControls(token));
      continue;
    }
    if (token === '<') {
      bareAmps++; // a lone "<" in text: escaped like a bare "&"
      out.push('&lt;');
      continue;
    }
    if (token[0] !== '<') {
      out.push(fix(token));
      continue;
    }
    if (!token.endsWith('>')) continue; // a tag cut off at the end of the file
    const name = NAME.exec(token)![1];
    if (token[1] === '/') {
      if (stack[stack.length - 1] !== name) return { text: input, notes, hopeless: true };
      stack.pop();
      out.push(`</${name}>`);
      const local = name.slice(name.indexOf(':') + 1);
      if (local === 'item' || local === 'entry') {
        entries++;
        lastEntryEnd = out.length;
        stackAtEntryEnd = [...stack];
      }
      if (!stack.length) rootClosed = true;
      continue;
    }
    if (!closeOnly && token.includes(':')) {
      for (const m of token.matchAll(/\sxmlns:([\w.-]+)\s*=/g)) declared.add(m[1]);
      for (const m of token.matchAll(/(?:^<|\s)([A-Za-z_][\w.-]*):[\w.-]+(?=[\s=/>])/g)) if (m[1] !== 'xmlns') prefixes.add(m[1]);
    }
    if (rootIndex === -1) rootIndex = out.length;
    out.push(fix(token));
    if (!token.endsWith('/>')) stack.push(name);
    else if (!stack.length) rootClosed = true;
  }

  if (stack.length) {
    if (lastEntryEnd !== -1) {
      out.length = lastEntryEnd;
      out.push(...[...stackAtEntryEnd].reverse().map((n) => `</${n}>`));
      notes.push(`the file is cut off: read up to ${entries === 1 ? 'the first entry' : `entry ${entries}`}`);
    } else {
      out.push(...[...stack].reverse().map((n) => `</${n}>`));
      notes.push('the file is cut off before its first complete entry');
    }
  }
  const missing = [...prefixes].filter((p) => !declared.has(p));
  if (missing.length && rootIndex !== -1) {
    const decl = missing.map((p) => ` xmlns:${p}="${KNOWN_PREFIXES[p.toLowerCase()] ?? `urn:x-undeclared:${p}`}"`).join('');
    out[rootIndex] = out[rootIndex].replace(/\s*(\/?>)$/, `${decl}$1`);
    notes.push(`undeclared prefixes ${missing.join(', ')}`);
  }
  if (bareAmps) notes.push(`${bareAmps} unescaped "&" or "<"`);
  if (decoded) notes.push(`${decoded} HTML entities such as &nbsp;`);
  if (badRefs) notes.push(`${badRefs} unknown or invalid character references`);
  if (controls) notes.push(`${controls} control characters`);
  if (junk) notes.push('text after the end of the feed');
  return { text: out.join(''), notes };
}

/**
 * True when the file has a DTD of its own (`<!DOCTYPE rss [ … ]>`, before the root element)
 * that declares entities: the one way XML can expand a small file into gigabytes. Only the
 * declarations of that internal subset count (quoted strings and comments in it are
 * skipped): `<!ENTITY` in an item's text or CDATA, or in a subset's comment, is just text.
 */
export function declaresEntities(text: string): boolean {
  const subset = /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<!DOCTYPE\b(?:[^[>"']|"[^"]*"|'[^']*')*\[/i.exec(text);
  if (!subset) return false;
  for (let i = subset[0].length; i < text.length; i++) {
    const c = text[i];
    let end = i;
    if (c === ']') return false;
    if (c === '"' || c === "'") end = text.indexOf(c, i + 1);
    else if (text.startsWith('<!--', i)) end = text.indexOf('-->', i + 4);
    else if (text.startsWith('<?', i)) end = text.indexOf('?>', i + 2);
    else if (c === '<' && /^<!ENTITY\b/i.test(text.slice(i, i + 9))) return true;
    if (end === -1) return true; // a subset that never ends: refused rather than guessed
    i = end;
  }
  return true;
}

/**
 * Where the XML stops being cheap to parse: the parser's time grows with every element and
 * every character reference (`&lt;` in escaped HTML), and it cannot be interrupted. Counts
 * start tags, plus one for every `REFS_PER_ELEMENT` references, outside CDATA and comments;
 * answers where the count passes `max`, or -1 when it never does. One pass of indexOf.
 */
export const REFS_PER_ELEMENT = 10;
export function elementLimit(text: string, max: number): number {
  let cost = 0;
  let nextAmp = text.indexOf('&');
  for (let i = text.indexOf('<'); ; i = text.indexOf('<', i + 1)) {
    // References before this "<" count a quarter each.
    while (nextAmp !== -1 && (i === -1 || nextAmp < i)) {
      cost += 1 / REFS_PER_ELEMENT;
      if (cost > max) return nextAmp;
      nextAmp = text.indexOf('&', nextAmp + 1);
    }
    if (i === -1) return -1;
    const next = text.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = text.startsWith('<![CDATA[', i) ? text.indexOf(']]>', i) : text.startsWith('<!--', i) ? text.indexOf('-->', i) : i;
      if (close === -1) return -1;
      i = close;
      if (nextAmp !== -1 && nextAmp < i) nextAmp = text.indexOf('&', i);
    } else if (next !== 47 /* / */ && next !== 63 /* ? */ && ++cost > max) {
      return i;
    }
  }
}

/** The text up to the last complete item/entry before `at`, with what is open closed again. */
export function cutAt(text: string, at: number): Steps<Repaired> {
  const head = text.slice(0, at);
  const ends = [...head.matchAll(/<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g)];
  const last = ends[ends.length - 1];
  return repairSteps(last ? head.slice(0, last.index + last[0].length) : head, true);
}
