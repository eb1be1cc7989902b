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
  /** Offset of the start tag. */
  startAt: number;
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
        found.push(describe(html, child, here));
      }
      walk(child, here); // template contents live in `content`, which is not walked
    }
  };
  walk(doc, undefined);
  return { elements: found, remove };
}

function describe(html: string, el: Element, lang: string | undefined): FoundElement {
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
    startAt: startTag.startOffset,
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
