/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom (0.3, 1.0), parsed inertly with the browser's
 * DOMParser. Almost-XML is repaired once (see `xml-repair.ts`) and what was recovered is
 * said in the console; XML declaring its own entities is refused.
 */
import type { NewsFeed } from '../model.js';
import type { ParseContext } from '../context.js';
import { parseInert } from '../inert.js';
import { declaresEntities, repairXml } from './xml-repair.js';
import { parseRss } from './xml-rss.js';
import { parseAtom } from './xml-atom.js';

const broken = (doc: Document) => doc.getElementsByTagName('parsererror').length > 0;

/** Parses RSS/Atom text; throws an `invalidFeed` FeedError for XML that is broken beyond repair or not a feed. */
export function parseXmlFeed(text: string, ctx: ParseContext): NewsFeed {
  // RSS and Atom never need a DTD; internal entities can blow a small file up to gigabytes.
  if (declaresEntities(text)) throw ctx.invalid('the XML declares entities in its own DTD (<!DOCTYPE … [<!ENTITY …>]>), which RSS and Atom never use');
  let doc = parseInert(text, 'application/xml');
  if (!doc) throw ctx.invalid('RSS/Atom could not be parsed here (the page’s Trusted Types policy forbids it)');
  if (broken(doc)) {
    const repaired = repairXml(text);
    doc = repaired.notes.length && !repaired.hopeless ? parseInert(repaired.text, 'application/xml') : undefined;
    if (!doc || broken(doc)) throw ctx.invalid('the XML is not well-formed');
    ctx.warn(`the XML is not well-formed; recovered what could be read (${repaired.notes.join('; ')}).`);
  }
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(root, ctx);
  if (root.localName === 'feed') return parseAtom(root, ctx);
  throw ctx.invalid(`<${root.localName}> is neither RSS nor Atom`);
}
