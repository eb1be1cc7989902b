/** News parsing only (JSON Feed, WordPress, RSS, Atom): what the ticker and cards load. */
import type { NewsFeed } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { readBody } from './parse-common.js';
import { isJsonFeed, isWordPress, parseJsonFeed, parseWordPress } from './formats/news.js';
import { parseXmlFeed } from './formats/xml.js';

export function parseNewsJson(json: unknown, ctx: ParseContext): NewsFeed {
  if (isJsonFeed(json)) return parseJsonFeed(json, ctx);
  if (isWordPress(json)) return parseWordPress(json, ctx);
  if (Array.isArray(json) && json.length === 0) return { items: [], skipped: 0 };
  throw ctx.invalid('expected a JSON Feed, a WordPress REST post list, RSS or Atom');
}

export function parseNewsText(body: string, options: ParseOptions & { contentType?: string } = {}): NewsFeed {
  const read = readBody(body, options.contentType);
  const ctx = new ParseContext(options);
  return 'xml' in read ? parseXmlFeed(read.xml, ctx) : parseNewsJson(read.json, ctx);
}
