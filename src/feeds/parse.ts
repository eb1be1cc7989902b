/**
 * Every kind at once, for tests and tools: a response body (text) becomes the one model of
 * its kind, or a FeedError saying why not. Never touches the page. Elements import only the
 * descriptors of the kinds they read (`kinds/`).
 */
import type { FeedData, FeedKind } from './model.js';
import type { ParseOptions } from './context.js';
import { useJsonCaps, type FeedDescriptor, type KindParseOptions } from './descriptor.js';
import { newsDescriptor, useXmlReader } from './kinds/news.js';
import { attractionsDescriptor } from './kinds/attractions.js';
import { partnershipDescriptor } from './kinds/partnership.js';
import { xmlSteps } from './formats/xml.js';
import { cappedJson } from './json-caps.js';
import { feedError } from './problem.js';

export type { ParseOptions } from './context.js';

// Synchronous RSS/Atom and JSON caps here: this module is for tests and tools.
useXmlReader(xmlSteps);
useJsonCaps(cappedJson);

/** The descriptor of every kind; a kind added to `FeedKinds` without one fails the type check here. */
export const DESCRIPTORS: { readonly [K in FeedKind]: FeedDescriptor<K> } = {
  news: newsDescriptor,
  attractions: attractionsDescriptor,
  partnership: partnershipDescriptor,
};

function descriptorOf<K extends FeedKind>(kind: K): FeedDescriptor<K> {
  const descriptor = Object.hasOwn(DESCRIPTORS, kind) ? DESCRIPTORS[kind] : undefined;
  if (!descriptor) throw feedError('invalidFeed', `Unknown feed kind "${String(kind)}".`, { detail: `unknown feed kind "${String(kind)}"` });
  return descriptor;
}

/** Parses a feed body of the given kind. Throws FeedError (notJson, invalidJson, invalidFeed). */
export function parseFeedText<K extends FeedKind>(kind: K, body: string, options: KindParseOptions = {}): FeedData<K> {
  return descriptorOf(kind).parse(body, options) as FeedData<K>; // synchronous: the XML reader is loaded above
}

/** Maps already-parsed JSON of the given kind onto the model. Throws FeedError (invalidFeed). */
export function parseFeedJson<K extends FeedKind>(kind: K, json: unknown, options: ParseOptions = {}): FeedData<K> {
  return descriptorOf(kind).parseJson(json, options);
}
