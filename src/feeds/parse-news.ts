/** News parsing only (JSON Feed, WordPress, RSS, Atom): what the ticker and cards load. */
import type { NewsFeed } from './model.js';
import { registerParser } from './parsers.js';
import { ParseContext, type ParseOptions } from './context.js';
import { readBody } from './parse-common.js';
import { feedError } from './problem.js';
import { isJsonFeed, isWordPress, parseJsonFeed, parseWordPress } from './formats/news.js';
import type { parseXmlFeed } from './formats/xml.js';

type XmlParser = typeof parseXmlFeed;
let xmlParser: XmlParser | undefined;

/**
 * Makes RSS/Atom parsing synchronous (`parse.ts` does this for the tests and tools). Elements
 * leave it unset: the XML reader is then fetched the first time an RSS or Atom feed arrives,
 * so pages that read JSON never download it.
 */
export function useXmlParser(parser: XmlParser): void {
  xmlParser = parser;
}

export function parseNewsJson(json: unknown, ctx: ParseContext): NewsFeed {
  if (isJsonFeed(json)) return parseJsonFeed(json, ctx);
  if (isWordPress(json)) return parseWordPress(json, ctx);
  if (Array.isArray(json) && json.length === 0) return { items: [], skipped: 0 };
  throw ctx.invalid('expected a JSON Feed, a WordPress REST post list, RSS or Atom');
}

export function parseNewsText(body: string, options: ParseOptions & { contentType?: string } = {}): NewsFeed | Promise<NewsFeed> {
  const read = readBody(body, options.contentType);
  const ctx = new ParseContext(options);
  if (!('xml' in read)) return parseNewsJson(read.json, ctx);
  if (xmlParser) return xmlParser(read.xml, ctx);
  return import('./formats/xml.js').then(
    ({ parseXmlFeed }) => (xmlParser ??= parseXmlFeed)(read.xml, ctx),
    () => {
      throw feedError('unknown', 'The RSS/Atom reader (a file in the chunks/ folder next to the library) could not be loaded: copy the whole dist/ folder, not only the main file.', { detail: 'xml-reader' });
    },
  );
}

registerParser('news', parseNewsText);
