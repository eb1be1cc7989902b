/**
 * Rich text (a partnership description) rebuilt node by node from an inert parse. Nothing
 * from the feed is copied but text and the allow-listed tag names: attributes are never
 * carried over (only a checked `href` is set by us), so there is no HTML string to
 * re-parse and no mutation-XSS round trip. Kept apart from `text.ts` so that elements
 * showing only plain text never ship it.
 */
import { BLOCK, CONTROL, ELEMENT_NODE, SKIP, TEXT_NODE, bodyOfInert, toPlainText, tooHeavyToParse } from './text.js';
import { safeUrl } from './links.js';
import { attributeOf, firstChildOf, localNameOf, nextSiblingOf, nodeTypeOf, nodeValueOf, queryIn } from './dom-safe.js';
import { feedDocument } from './environment.js';

/** Tags kept by {@link sanitizeRichText}; everything else is removed (its text kept). */
export const RICH_TEXT_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'a'];

const KEEP = new Set(RICH_TEXT_TAGS);
/** Deeper nesting than this is flattened to its text. */
const MAX_DEPTH = 32;

const BLOCK_SELECTOR = [...BLOCK].join(',');
const hasBlockInside = (el: Element) => queryIn(el, BLOCK_SELECTOR) !== null;

function copy(from: Node, to: Node, base: string | undefined, depth: number) {
  const document = feedDocument();
  // Prototype getters throughout: the markup may clobber its own nodes' properties.
  for (let child = firstChildOf(from); child; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE) {
      to.appendChild(document.createTextNode((nodeValueOf(child) ?? '').replace(CONTROL, '')));
      continue;
    }
    if (type !== ELEMENT_NODE) continue; // comments, processing instructions
    const name = localNameOf(child).toLowerCase();
    if (SKIP.has(name)) continue; // script, style, svg, math…: dropped with their content
    const href = name === 'a' ? safeUrl(attributeOf(child as Element, 'href'), base) : undefined;
    if (depth >= MAX_DEPTH || (name === 'a' && !href)) {
      copy(child, to, base, depth + 1); // unwrap: the text stays (a link without a safe target is text)
      continue;
    }
    if (!KEEP.has(name)) {
      // Other blocks keep their boundaries: a heading becomes a bold paragraph, a box of
      // text a paragraph, a table cell text with a space after it.
      const inParagraph = to.nodeName === 'P'; // `to` is ours, never feed markup
      if (/^h[1-6]$/.test(name) && !inParagraph) {
        const strong = to.appendChild(document.createElement('p')).appendChild(document.createElement('strong'));
        copy(child, strong, base, depth + 2);
      } else if (BLOCK.has(name) && !inParagraph && !hasBlockInside(child as Element)) {
        copy(child, to.appendChild(document.createElement('p')), base, depth + 1);
      } else {
        copy(child, to, base, depth + 1);
        if (BLOCK.has(name)) to.appendChild(document.createTextNode(' '));
      }
      continue;
    }
    const el = document.createElement(name);
    if (href) {
      el.setAttribute('href', href);
      el.setAttribute('rel', 'noopener noreferrer');
    }
    to.appendChild(el);
    copy(child, el, base, depth + 1);
  }
}

/**
 * Rich text as a sanitized DocumentFragment: only p, br, strong, em, b, i, ul, ol, li and
 * a[href] with a safe URL (rel="noopener noreferrer"); relative links resolve against
 * `base`. Append the fragment (or render it in a Lit binding). Where the page's Trusted
 * Types forbid inert parsing, or the markup is too heavy to parse quickly, the text comes
 * back as one plain paragraph.
 */
export function sanitizeRichText(value: unknown, base?: string): DocumentFragment {
  const document = feedDocument();
  const frag = document.createDocumentFragment();
  const text = typeof value === 'string' ? value : '';
  if (!text.trim()) return frag;
  // Markup heavy enough to stall the parser is shown as plain text instead.
  const body = /[<&]/.test(text) && !tooHeavyToParse(text) ? bodyOfInert(text) : null;
  if (body) {
    copy(body, frag, base, 0);
  } else {
    const plain = toPlainText(text);
    if (plain) frag.appendChild(document.createElement('p')).textContent = plain;
  }
  return frag;
}
