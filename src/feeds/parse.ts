/**
 * Format detection for every kind at once: a response body (text) becomes the one model
 * of its kind, or a FeedError saying why not. Never touches the page. Each kind also has
 * its own module (parse-news/-attractions/-partnership) for code that needs only one.
 */
import type { FeedData, FeedKind } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { parseNewsJson, parseNewsText } from './parse-news.js';
import { parseAttractionsJson, parseAttractionsText } from './parse-attractions.js';
import { parsePartnershipJson, parsePartnershipText } from './parse-partnership.js';

export type { ParseOptions } from './context.js';

/** Parses a feed body of the given kind. Throws FeedError (notJson, invalidJson, invalidFeed). */
export function parseFeedText<K extends FeedKind>(kind: K, body: string, options: ParseOptions & { contentType?: string } = {}): FeedData<K> {
  switch (kind) {
    case 'news':
      return parseNewsText(body, options) as FeedData<K>;
    case 'attractions':
      return parseAttractionsText(body, options) as FeedData<K>;
    case 'partnership':
      return parsePartnershipText(body, options) as FeedData<K>;
    default:
      throw new ParseContext(options).invalid(`unknown feed kind "${String(kind)}"`);
  }
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
