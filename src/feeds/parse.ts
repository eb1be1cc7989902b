/**
 * Format detection: a response body (text) becomes the one model of its kind, or a
 * FeedError saying why not. Never touches the page.
 */
import type { FeedData, FeedKind } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { feedError } from './problem.js';
import { isJsonFeed, isWordPress, parseJsonFeed, parseWordPress } from './formats/news.js';
import { parseXmlFeed } from './formats/xml.js';
import { isGeoJson, parseGeoJson } from './formats/geojson.js';
import { isPartnershipFile, parsePartnershipFile } from './formats/partnership.js';

export type { ParseOptions } from './context.js';

const looksLikeHtml = (text: string) => /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(text);
const looksLikeXml = (text: string) => /^<(\?xml|rss|feed|rdf:RDF)\b/i.test(text);

/** Parses a feed body of the given kind. Throws FeedError (notJson, invalidJson, invalidFeed). */
export function parseFeedText<K extends FeedKind>(kind: K, body: string, options: ParseOptions & { contentType?: string } = {}): FeedData<K> {
  const text = body.replace(/^\uFEFF/, '').trim();
  const type = (options.contentType ?? '').toLowerCase();
  if (!text) throw feedError('invalidJson', 'The feed is empty.', { detail: 'empty' });
  if (looksLikeHtml(text) || (type.includes('text/html') && text.startsWith('<')))
    throw feedError('notJson', 'The feed address returned an HTML page instead of data: check the URL (a login page, an error page or a moved file).');
  const ctx = new ParseContext(options);
  if (looksLikeXml(text)) {
    if (kind !== 'news') throw ctx.invalid(`RSS/Atom can only feed news, not ${kind}`);
    return parseXmlFeed(text, ctx) as FeedData<K>;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw feedError('invalidJson', `The feed is not valid JSON (${error instanceof Error ? error.message : 'parse error'}); it may be cut off or hand-edited.`);
  }
  return parseFeedJson(kind, json, options, ctx);
}

/** Maps already-parsed JSON of the given kind onto the model. Throws FeedError (invalidFeed). */
export function parseFeedJson<K extends FeedKind>(kind: K, json: unknown, options: ParseOptions = {}, ctx = new ParseContext(options)): FeedData<K> {
  switch (kind) {
    case 'news':
      if (isJsonFeed(json)) return parseJsonFeed(json, ctx) as FeedData<K>;
      if (isWordPress(json)) return parseWordPress(json, ctx) as FeedData<K>;
      if (Array.isArray(json) && json.length === 0) return { items: [], skipped: 0 } as unknown as FeedData<K>;
      throw ctx.invalid('expected a JSON Feed, a WordPress REST post list, RSS or Atom');
    case 'attractions':
      if (isGeoJson(json)) return parseGeoJson(json, ctx) as FeedData<K>;
      throw ctx.invalid('expected a GeoJSON FeatureCollection');
    case 'partnership':
      if (isPartnershipFile(json)) return parsePartnershipFile(json, ctx) as FeedData<K>;
      throw ctx.invalid('expected a partnership file with a "partnerships" list');
    default:
      throw ctx.invalid(`unknown feed kind "${String(kind)}"`);
  }
}
