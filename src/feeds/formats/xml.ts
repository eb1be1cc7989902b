/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom (0.3, 1.0), parsed inertly with the browser's
 * DOMParser. Almost-XML is repaired once (see `xml-repair.ts`) and what was recovered is
 * said in the console; XML declaring its own entities is refused.
 */
import type { NewsFeed } from '../model.js';
import type { ParseContext } from '../context.js';
import { parseInert } from '../inert.js';
import { cutAt, declaresEntities, elementLimit, repairSteps } from './xml-repair.js';
import { rssSteps } from './xml-rss.js';
import { atomSteps } from './xml-atom.js';
import { runSync, type Steps } from '../steps.js';

const broken = (doc: Document) => doc.getElementsByTagName('parsererror').length > 0;

/**
 * Most XML elements parsed from one feed. A 500-item WordPress feed has about 10,000; the
 * parser's time grows with each, and it cannot be interrupted, so a file with hundreds of
 * thousands is read up to the last complete item within this number.
 */
export const MAX_XML_ELEMENTS = 30_000;

/**
 * RSS/Atom text as the model, in steps (one per item, see `steps.ts`); throws an
 * `invalidFeed` FeedError for XML that is broken beyond repair or not a feed.
 */
export function* xmlSteps(body: string, ctx: ParseContext): Steps<NewsFeed> {
  // RSS and Atom never need a DTD; internal entities can blow a small file up to gigabytes.
  if (declaresEntities(body)) throw ctx.invalid('the XML declares entities in its own DTD (<!DOCTYPE … [<!ENTITY …>]>), which RSS and Atom never use');
  let text = body;
  const over = elementLimit(body, MAX_XML_ELEMENTS);
  if (over !== -1) {
    text = (yield* cutAt(body, over)).text;
    yield;
    ctx.warn(`the feed has more than ${MAX_XML_ELEMENTS} XML elements; only the items before that were read.`);
  }
  let doc = parseInert(text, 'application/xml');
  if (!doc) throw ctx.invalid('RSS/Atom could not be parsed here (the page’s Trusted Types policy forbids it)');
  if (broken(doc)) {
    yield; // the failed parse was one task; the repair and the second parse are others
    const repaired = yield* repairSteps(text);
    yield;
    doc = repaired.notes.length && !repaired.hopeless ? parseInert(repaired.text, 'application/xml') : undefined;
    if (!doc || broken(doc)) throw ctx.invalid('the XML is not well-formed');
    ctx.warn(`the XML is not well-formed; recovered what could be read (${repaired.notes.join('; ')}).`);
  }
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') return yield* rssSteps(root, ctx);
  if (root.localName === 'feed') return yield* atomSteps(root, ctx);
  throw ctx.invalid(`<${root.localName}> is neither RSS nor Atom`);
}

/** Parses RSS/Atom text at once. */
export const parseXmlFeed = (body: string, ctx: ParseContext): NewsFeed => runSync(xmlSteps(body, ctx));
