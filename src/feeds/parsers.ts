/**
 * Which parser reads which kind of feed. Each kind's module (parse-news, parse-attractions,
 * parse-partnership) registers itself when imported, so an element ships only the parsers
 * of the feeds it reads: the ticker never carries GeoJSON, partnership or rich-text code.
 */
import type { FeedData, FeedKind } from './model.js';
import type { ParseOptions } from './context.js';

/** A body becomes the model; a parser may answer later when it first loads a reader (RSS/Atom). */
export type TextParser<K extends FeedKind> = (
  body: string,
  options: ParseOptions & { contentType?: string },
) => FeedData<K> | Promise<FeedData<K>>;

const parsers = new Map<FeedKind, TextParser<FeedKind>>();

export function registerParser<K extends FeedKind>(kind: K, parse: TextParser<K>): void {
  parsers.set(kind, parse as TextParser<FeedKind>);
}

/** The parser registered for `kind`, or undefined when no element imported it. */
export function parserFor<K extends FeedKind>(kind: K): TextParser<K> | undefined {
  return parsers.get(kind) as TextParser<K> | undefined;
}
