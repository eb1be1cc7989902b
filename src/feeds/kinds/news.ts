/** News (JSON Feed, WordPress REST, RSS, Atom): what the ticker, the cards and the panel's joint news read. */
import { defineKind, isSavedText, jsonFormat } from '../descriptor.js';
import type { ParseContext } from '../context.js';
import type { NewsFeed } from '../model.js';
import { feedError } from '../problem.js';
import { isJsonFeed, isWordPress, jsonFeedSteps, wordPressSteps } from '../formats/news.js';
import type { xmlSteps } from '../formats/xml.js';
import { runSliced, runSync } from '../steps.js';
import type { KindParseOptions } from '../descriptor.js';

type XmlSteps = typeof xmlSteps;
let xmlReader: XmlSteps | undefined;

/**
 * Makes RSS/Atom parsing synchronous (`parse.ts` does this for the tests and tools). Elements
 * leave it unset: the XML reader is then fetched the first time an RSS or Atom feed arrives,
 * so pages that read JSON never download it.
 */
export function useXmlReader(reader: XmlSteps): void {
  xmlReader = reader;
}

function readXml(text: string, ctx: ParseContext, options: KindParseOptions): NewsFeed | Promise<NewsFeed> {
  const run = (reader: XmlSteps) => (options.sliced ? runSliced(reader(text, ctx), options.signal) : runSync(reader(text, ctx)));
  if (xmlReader) return run(xmlReader);
  return import('../formats/xml.js').then(
    ({ xmlSteps }) => run((xmlReader ??= xmlSteps)),
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
    jsonFormat('JSON Feed', isJsonFeed, jsonFeedSteps),
    jsonFormat('WordPress REST', isWordPress, wordPressSteps),
    // A WordPress category with no posts yet answers `[]`: an empty feed, not a broken one.
    // eslint-disable-next-line require-yield -- formats read in step generators; an empty list has no step to yield
    jsonFormat('an empty post list', isEmptyList, function* (): Generator<void, NewsFeed, void> {
      return { items: [], skipped: 0 };
    }),
  ],
  xml: readXml,
  expected: 'a JSON Feed, a WordPress REST post list, RSS or Atom',
  keepSaved: (item) => isSavedText(item.title),
  capJson: true,
});
