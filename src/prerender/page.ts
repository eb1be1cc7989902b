/**
 * Finds the elements in a page, as the browser's parser would, with what the prerenderer
 * needs of each: its attributes, the language it resolves, and where in the original text
 * its shadow root goes. The page is never re-serialized: edits are spliced into the text,
 * so everything else stays byte for byte as it was.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { isPrerenderedTag } from './elements.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface FoundElement {
  tag: string;
  /** Attributes in source order, values decoded. */
  attributes: { name: string; value: string }[];
  /** The nearest `lang` at or above the element (its own, an ancestor's, `<html lang>`), if any. */
  lang?: string;
  /** The level of the nearest heading before the element, as the element finds it in the browser (heading-level-controller.ts). */
  headingBefore?: number;
  /** Offset right after the start tag: where the shadow root is inserted. */
  insertAt: number;
  /** Ranges of an earlier prerender to take out (its shadow root, its JSON-LD). */
  remove: { start: number; end: number }[];
  /** The start tag as written, for messages. */
  startTag: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export interface FoundPage {
  elements: FoundElement[];
  /** Ranges of an earlier prerender's page-wide scripts (the feeds' data), to take out. */
  remove: { start: number; end: number }[];
  /** Where the body ends (before `</body>`, or the end of the text when it is left out). */
  bodyEnd: number;
}

/** The elements of `html` to prerender, in document order (never inside `<template>`). */
export function findElements(html: string, pageScript: string): FoundPage {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const found: FoundElement[] = [];
  const remove: FoundPage['remove'] = [];
  const walk = (node: Node, lang: string | undefined) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'script' && attr(child, pageScript) !== undefined && child.sourceCodeLocation) {
        remove.push({ start: child.sourceCodeLocation.startOffset, end: child.sourceCodeLocation.endOffset });
      }
      // The nearest non-empty lang wins, as the elements resolve it in the browser.
      const own = attr(child, 'lang')?.trim();
      const here = own || lang;
      if (isPrerenderedTag(child.tagName) && child.sourceCodeLocation?.startTag) {
        found.push({ ...describe(html, child, here), headingBefore: headingLevelBefore(child) });
      }
      walk(child, here); // template contents live in `content`, which is not walked
    }
  };
  walk(doc, undefined);
  const html_ = doc.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html');
  const body = html_?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'body');
  const bodyEnd = body?.sourceCodeLocation?.endTag?.startOffset ?? html_?.sourceCodeLocation?.endTag?.startOffset ?? html.length;
  return { elements: found, remove, bodyEnd };
}

const HEADING = /^h[1-6]$/;

/** A heading's level (aria-level wins), or undefined; hidden ones do not count. */
function levelOf(el: Element): number | undefined {
  const role = attr(el, 'role');
  if (!HEADING.test(el.tagName) && role !== 'heading') return undefined;
  if (attr(el, 'hidden') !== undefined) return undefined;
  for (let node: Node | null = el; node && isElement(node); node = node.parentNode) if (attr(node, 'aria-hidden') === 'true') return undefined;
  const level = Number(attr(el, 'aria-level') ?? (HEADING.test(el.tagName) ? el.tagName[1] : 2));
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : undefined;
}

/** The last heading in `el` (itself, then its content, last first); another civic element's are its own outline. */
function lastIn(el: Element): number | undefined {
  if (el.tagName.startsWith('civic-')) return undefined;
  const own = levelOf(el);
  if (own) return own;
  for (let i = el.childNodes.length - 1; i >= 0; i -= 1) {
    const child = el.childNodes[i];
    const level = isElement(child) ? lastIn(child) : undefined;
    if (level) return level;
  }
  return undefined;
}

/** The level of the nearest heading before `el`: its preceding siblings (and their content), then its ancestors'. */
function headingLevelBefore(el: Element): number | undefined {
  for (let node: Element | undefined = el; node; node = node.parentNode && isElement(node.parentNode) ? node.parentNode : undefined) {
    const siblings = node.parentNode?.childNodes ?? [];
    for (let i = siblings.indexOf(node) - 1; i >= 0; i -= 1) {
      const sibling = siblings[i];
      const level = isElement(sibling) ? lastIn(sibling) : undefined;
      if (level) return level;
    }
  }
  return undefined;
}

function describe(html: string, el: Element, lang: string | undefined): Omit<FoundElement, 'headingBefore'> {
  const location = el.sourceCodeLocation!;
  const startTag = location.startTag!;
  const remove: FoundElement['remove'] = [];
  for (const child of el.childNodes) {
    if (!isElement(child) || !child.sourceCodeLocation) continue;
    const earlierShadow = child.tagName === 'template' && (attr(child, 'shadowrootmode') !== undefined || attr(child, 'shadowroot') !== undefined);
    const earlierJsonLd = child.tagName === 'script' && attr(child, 'data-civic-json-ld') !== undefined;
    if (earlierShadow || earlierJsonLd) remove.push({ start: child.sourceCodeLocation.startOffset, end: child.sourceCodeLocation.endOffset });
  }
  return {
    tag: el.tagName,
    attributes: el.attrs.map(({ name, value }) => ({ name, value })),
    lang,
    insertAt: startTag.endOffset,
    remove,
    startTag: html.slice(startTag.startOffset, startTag.endOffset),
  };
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to `html` (from the end, so offsets stay valid). */
export function applyEdits(html: string, edits: Edit[]): string {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
