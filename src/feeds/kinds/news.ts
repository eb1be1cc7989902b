/** News (JSON Feed, WordPress REST, RSS, Atom): what the ticker, the cards and the panel's joint news read. */
import { defineKind, isSavedText, jsonFormat } from '../descriptor.js';
import type { ParseContext } from '../context.js';
import type { NewsFeed } from '../model.js';
import { feedError } from '../problem.js';
import { isJsonFeed, isWordPress, parseJsonFeed, parseWordPress } from '../formats/news.js';
import type { parseXmlFeed } from '../formats/xml.js';

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

function readXml(text: string, ctx: ParseContext): NewsFeed | Promise<NewsFeed> {
  if (xmlParser) return xmlParser(text, ctx);
  return import('../formats/xml.js').then(
    ({ parseXmlFeed }) => (xmlParser ??= parseXmlFeed)(text, ctx),
    () => {
      throw feedError('unknown', 'The RSS/Atom reader (a file in the chunks/ folder next to the library) could not be loaded: copy the whole dist/ folder, not only the main file.', { detail: 'xml-reader' });
    },
  );
}

const isEmptyList = (json: unknown): json is [] => Array.isArray(json) && json.length === 0;

export const newsDescriptor = defineKind<'news'>({
  kind: 'news',
  accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
  limits: { maxBytes: 5 * 1024 * 1024, maxItems: 500 },
  list: 'items',
  formats: [
    jsonFormat('JSON Feed', isJsonFeed, parseJsonFeed),
    jsonFormat('WordPress REST', isWordPress, parseWordPress),
    // A WordPress category with no posts yet answers `[]`: an empty feed, not a broken one.
    jsonFormat('an empty post list', isEmptyList, (): NewsFeed => ({ items: [], skipped: 0 })),
  ],
  xml: readXml,
  expected: 'a JSON Feed, a WordPress REST post list, RSS or Atom',
  keepSaved: (item) => isSavedText(item.title),
});
