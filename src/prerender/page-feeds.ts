/**
 * The feeds of one page: each read once and parsed once, however many elements show it (the
 * ticker, the cards and the panel often share one), and its data written once into the page
 * for the browser's first render (the snapshots refer to it by key).
 */
import { DESCRIPTORS, parseFeedText } from '../feeds/parse.js';
import { limitsFor } from '../feeds/loader.js';
import type { FeedData, FeedKind } from '../feeds/model.js';
import { readFeedBody, type FeedBody, type ReadOptions } from './read-feed.js';
import { relativize, relativizeData } from './urls.js';

interface Read {
  body: FeedBody;
  /** Where it came from: a URL, or a file path. */
  from: URL | string;
  savedAt: number;
}

export class PageFeeds {
  private readonly reads = new Map<string, Promise<Read>>();
  private readonly parsed = new Map<string, FeedData<FeedKind>>();
  private readonly keys = new Map<string, string>();
  /** The page's copy of each feed's data, by key. */
  readonly store: Record<string, unknown> = {};

  constructor(private readonly options: ReadOptions) {}

  /** Reads the feed at `address` (once per page). */
  read(kind: FeedKind, address: string): Promise<Read> {
    const key = `${kind} ${address}`;
    if (!this.reads.has(key)) {
      this.reads.set(key, readFeedBody(address, DESCRIPTORS[kind], this.options).then(({ body, url }) => ({ body, from: url, savedAt: Date.now() })));
    }
    return this.reads.get(key)!;
  }

  /**
   * The model of a feed read from `address` (once per page; throws a FeedError). Relative
   * links resolve against the address as the browser resolves it, the page's. Warnings go to
   * `notes` the first time.
   */
  parse(kind: FeedKind, address: string, read: Read, notes: string[]): { data: FeedData<FeedKind>; url: string } {
    const url = typeof read.from === 'string' ? new URL(address, this.options.pageUrl).href : read.from.href;
    const key = `${kind} ${url}`;
    let data = this.parsed.get(key);
    if (!data) {
      data = parseFeedText(kind, read.body.body, {
        base: url,
        contentType: read.body.contentType,
        maxItems: limitsFor(DESCRIPTORS[kind]).maxItems,
        warn: (message) => notes.push(relativize(message.replace(/^\[civic-widgets\] /, ''), this.options.pageUrl)),
      });
      this.parsed.set(key, data);
    }
    return { data, url };
  }

  /** The key of a feed's data in the page's copy, adding it (addresses as the page shows them) the first time. */
  ref(kind: FeedKind, url: string, data: FeedData<FeedKind>): string {
    const id = `${kind} ${url}`;
    if (!this.keys.has(id)) {
      this.keys.set(id, String(this.keys.size));
      this.store[this.keys.get(id)!] = relativizeData(data, this.options.pageUrl);
    }
    return this.keys.get(id)!;
  }
}
