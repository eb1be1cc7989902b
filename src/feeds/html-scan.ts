/**
 * A small, linear reader of HTML for the two things feeds need from markup that is only
 * shown as text: its text, and the first picture. It follows the HTML tokenizer where that
 * matters for text (comments, raw-text elements such as <script>, quoted attribute values
 * that contain ">", a tag cut off at the end) and builds no DOM, so thousands of excerpts
 * cost no parser each, nothing is ever reported by a page's CSP, and it runs in a worker or
 * in Node. Rich text (kept markup) still goes through the inert DOM parse of rich-text.ts.
 */
import { BLOCK, SKIP } from './html-names.js';

/** Most tags read from one string: a longer one is cut there (no real article has this many). */
export const MAX_SCANNED_TAGS = 50_000;

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'title', 'textarea']);
const TAG_NAME = /[^\s/>]*/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

/** Where a tag ends (after its ">"), honouring quoted values; -1 when it never does. Visits each character once. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return -1; // an unclosed quoted value runs to the end of the input
      i = close;
    }
  }
  return -1;
}

const patterns = new Map<string, RegExp>();
/** A cached global pattern (one per element name). */
const pattern = (source: string) => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'gi')));
  return re;
};

/** Where the content of raw-text element `name` ends: after its `</name>`, or the end of the input. */
function rawEnd(html: string, name: string, from: number): number {
  const re = pattern(`</${name}[\\s/>]`);
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  const end = tagEnd(html, m.index + 2);
  return end === -1 ? html.length : end;
}

/** Where element `name` (and everything nested in it with the same name) ends. */
function elementEnd(html: string, name: string, from: number): number {
  const re = pattern(`<(/?)${name}(?=[\\s/>])`);
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const end = tagEnd(html, m.index + 1);
    if (end === -1) return html.length;
    if (m[1]) depth--;
    else if (html[end - 2] !== '/') depth++;
    if (depth === 0) return end;
    re.lastIndex = end;
  }
  return html.length;
}

export interface ScanHandlers {
  /** Text between tags, entities still encoded. Return false to stop. */
  text?(raw: string): boolean | void;
  /** A start tag (name lower-case) with its raw attribute text. Return false to stop. */
  start?(name: string, attributes: string): boolean | void;
  /** An element boundary that separates words (a block start or end, <br>). */
  boundary?(): void;
}

/** Walks `html` once, calling the handlers; skipped elements (script, svg, template …) are not entered. */
export function scanHtml(html: string, on: ScanHandlers): void {
  let i = 0;
  let tags = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      on.text?.(html.slice(i));
      return;
    }
    if (lt > i && on.text?.(html.slice(i, lt)) === false) return;
    if (++tags > MAX_SCANNED_TAGS) return;
    const next = html.charCodeAt(lt + 1);
    const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */ || (next === 47 /* / */ && !letter(html.charCodeAt(lt + 2)))) {
      // <!doctype>, <?php ?>, </ 3>: bogus comments up to the next ">"
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (next === 47) {
      TAG_NAME.lastIndex = lt + 2;
      const name = TAG_NAME.exec(html)![0].toLowerCase();
      const end = tagEnd(html, lt + 2);
      if (end === -1) return; // cut off: dropped, as the HTML parser does
      if (BLOCK.has(name)) on.boundary?.();
      i = end;
      continue;
    }
    if (!letter(next)) {
      // "<" that opens no tag ("a < b", "<3") is text
      if (on.text?.('<') === false) return;
      i = lt + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const name = TAG_NAME.exec(html)![0].toLowerCase();
    const end = tagEnd(html, lt + 1 + name.length);
    if (end === -1) return;
    if (on.start?.(name, html.slice(lt + 1 + name.length, end - 1)) === false) return;
    if (BLOCK.has(name)) on.boundary?.();
    if (RAW_TEXT.has(name)) {
      const close = rawEnd(html, name, end);
      if (name === 'textarea' && on.text?.(html.slice(end, html.lastIndexOf('<', close - 1))) === false) return;
      i = close;
    } else if (SKIP.has(name) && name !== 'embed' && html[end - 2] !== '/') {
      i = elementEnd(html, name, end);
    } else {
      i = end;
    }
  }
}

/** The attributes of a start tag's raw attribute text, names lower-case (first one wins, as in HTML). */
export function attributesOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}
