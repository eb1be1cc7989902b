/**
 * Format detection for every kind at once: a response body (text) becomes the one model
 * of its kind, or a FeedError saying why not. Never touches the page. Importing this module
 * registers every kind's parser; elements import only the parse-* modules they need.
 */
import type { FeedData, FeedKind } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { parseNewsJson, useXmlParser } from './parse-news.js';
import { parseXmlFeed } from './formats/xml.js';
import { parseAttractionsJson } from './parse-attractions.js';
import { parsePartnershipJson } from './parse-partnership.js';
import { parserFor } from './parsers.js';

export type { ParseOptions } from './context.js';

useXmlParser(parseXmlFeed); // synchronous RSS/Atom here: this module is for tests and tools

/** Parses a feed body of the given kind. Throws FeedError (notJson, invalidJson, invalidFeed). */
export function parseFeedText<K extends FeedKind>(kind: K, body: string, options: ParseOptions & { contentType?: string } = {}): FeedData<K> {
  // The three parse-* modules imported above have registered themselves.
  const parse = parserFor(kind);
  if (!parse) throw new ParseContext(options).invalid(`unknown feed kind "${String(kind)}"`);
  return parse(body, options) as FeedData<K>; // synchronous: the XML reader is loaded above
}

/** Maps already-parsed JSON of the given kind onto the model. Throws FeedError (invalidFeed). */
export function parseFeedJson<K extends FeedKind>(kind: K, json: unknown, options: ParseOptions = {}): FeedData<K> {
  const ctx = new ParseContext(options);
  switch (kind) {
    case 'news':
      return parseNewsJson(json, ctx) as FeedData<K>;
    case 'attractions':
      return parseAttractionsJson(json, ctx) as FeedData<K>;
    case 'partnership':
      return parsePartnershipJson(json, ctx) as FeedData<K>;
    default:
      throw ctx.invalid(`unknown feed kind "${String(kind)}"`);
  }
}
