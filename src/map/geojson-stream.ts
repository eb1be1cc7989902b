/**
 * GeoJSON read piece by piece, as it arrives: a scan that knows strings and nesting finds
 * each member of the top-level `features` array, members are parsed in batches with the
 * native JSON.parse and read with the feed layer's own `parseFeature`. The parse worker
 * feeds it the body while it downloads (so most of the work is done when the last byte
 * comes); the main-thread slices feed it a whole text a piece at a time.
 *
 * It gives what `attractionsDescriptor.parse` gives (attractions, warnings in the same order,
 * the cap), or undefined when it cannot tell for sure: broken JSON, no top-level `features`
 * list, a feed language declared only after the features (the places were read without it),
 * nothing usable. The caller then parses the whole text, which also words the error.
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { ParseContext, toLang } from '../feeds/context.js';
import { parseFeature } from '../feeds/formats/geojson.js';

/** Text of complete members handed to one JSON.parse call (characters). */
const BATCH_CHARS = 64 * 1024;

const QUOTE = 34, BACKSLASH = 92, OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93, COMMA = 44, COLON = 58;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Where one member may end and the next begin (`},{`): a cut there is kept only if JSON.parse takes the batch. */
const BOUNDARY = /\}\s*,\s*\{/g;

export class FeatureReader {
  /** Unread text: from the first member not yet parsed (or the start, before the list). */
  private buf = '';
  private i = 0;
  private depth = 0;
  private key = '';
  private lastString = '';
  private phase: 'head' | 'features' | 'tail' | 'failed' = 'head';
  /** The text up to the list's `[`, and from its `]` on: the feed around the places. */
  private head = '';
  private tail = '';
  /** Start of the member being scanned, of the first member of the batch, end of the last complete one (in `buf`). */
  private start = -1;
  private first = -1;
  private end = -1;
  private afterComma = false;
  /** Cutting at likely member boundaries (until a cut fails); else character by character. */
  private fast = true;
  /** How far the unread text was searched for a boundary without finding one. */
  private searched = 0;
  /** Members seen, and the language the places are read with (from the text before the list). */
  private count = 0;
  private lang?: string;
  private readonly maxItems: number;
  /** Places are read with a silent context; their warnings are said at the end, after the cap's (as one parse orders them). */
  private readonly ctx: ParseContext;
  private readonly attractions: Attraction[] = [];

  /**
   * `hint`: the feed's language when the text declares it only after the list (a whole body
   * tells, see {@link tailLanguage}): the places are read with it, and `finish` checks it.
   */
  constructor(
    private readonly options: KindParseOptions = {},
    private readonly hint?: string,
  ) {
    this.maxItems = options.maxItems ?? attractionsDescriptor.limits.maxItems;
    this.ctx = new ParseContext({ base: options.base, maxItems: this.maxItems, warn: () => {} });
  }

  /** The places read so far (in order; `finish` gives them all with the feed). */
  get places(): readonly Attraction[] {
    return this.attractions;
  }

  /** Reads the next piece of the text (any split: inside a string, a number, an escape). */
  push(piece: string) {
    if (this.phase === 'failed') return;
    if (this.phase === 'tail') {
      this.tail += piece;
      return;
    }
    this.buf += piece;
    try {
      if (this.phase === 'features' && this.fast) this.batches();
      else this.scan();
    } catch {
      this.phase = 'failed'; // broken JSON in a batch: the whole parse says where
    }
  }

  /** The feed, once the whole text was pushed; undefined when only a parse of the whole text can tell. */
  finish(): AttractionsFeed | undefined {
    try {
      if (this.phase === 'features' && this.fast) this.exact(); // the rest (under two batches): to the list's end
    } catch {
      return undefined;
    }
    if (this.phase !== 'tail') return undefined;
    let outline: AttractionsFeed;
    try {
      // The list read is the one in effect (JSON's last key wins: no second "features" after it).
      if ((JSON.parse(`${this.head.slice(0, -1)}0${this.tail.slice(1)}`) as { features?: unknown }).features !== 0) return undefined;
      // Everything but the features: validates the rest of the JSON, gives the feed's name and language.
      outline = attractionsDescriptor.parse(`${this.head}${this.tail}`, { base: this.options.base, warn: () => {} }) as AttractionsFeed;
    } catch {
      return undefined;
    }
    if (outline.attractions.length || outline.skipped || outline.language !== this.lang) return undefined;
    if (this.count > 0 && !this.attractions.length) return undefined; // none usable: an error the whole parse words
    const said = new ParseContext({ base: this.options.base, warn: this.options.warn, maxItems: this.maxItems });
    said.cap(new Array<undefined>(this.count), 'features');
    const prefix = `[civic-widgets] ${this.options.base ? `${this.options.base}: ` : ''}`;
    for (const line of this.ctx.warnings) said.warn(line.slice(prefix.length));
    return { ...outline, attractions: this.attractions, skipped: this.ctx.skipped };
  }

  private scan() {
    let text = this.buf;
    let i = this.i;
    let depth = this.depth;
    try {
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          let end = i;
          for (;;) {
            end = text.indexOf('"', end + 1);
            if (end === -1) return; // the string goes on in the next piece: read again from its quote
            let backslashes = 0;
            while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
            if (backslashes % 2 === 0) break;
          }
          if (depth === 1) this.lastString = text.slice(i + 1, end);
          if (this.phase === 'features' && depth === 2 && this.start === -1) this.begin(i);
          i = end;
          continue;
        }
        if (isSpace(c)) continue;
        if (this.phase === 'features' && depth === 2 && this.start === -1 && c !== COMMA && c !== CLOSE_ARRAY) this.begin(i);
        switch (c) {
          case COLON:
            if (depth === 1) this.key = this.lastString;
            break;
          case OPEN_OBJECT:
          case OPEN_ARRAY:
            if (c === OPEN_ARRAY && depth === 1 && this.key === 'features' && this.phase === 'head') {
              this.head = text.slice(0, i + 1);
              this.lang = headLanguage(this.head) ?? this.hint;
              this.phase = 'features';
              depth = 2;
              text = this.buf = text.slice(i + 1);
              i = -1;
              if (this.fast) return this.batches();
              break;
            }
            depth++;
            break;
          case CLOSE_OBJECT:
          case CLOSE_ARRAY:
            depth--;
            if (this.phase === 'features' && depth === 1) {
              // The list's end: a comma right before it is broken JSON.
              if (this.start !== -1) this.complete(i);
              else if (this.afterComma) throw new SyntaxError('trailing comma');
              this.parseBatch();
              this.phase = 'tail';
              this.tail = text.slice(i);
              this.buf = '';
              return;
            }
            if (depth < 0) throw new SyntaxError('unbalanced');
            break;
          case COMMA:
            if (this.phase === 'features' && depth === 2) {
              if (this.start === -1) throw new SyntaxError('empty member');
              this.complete(i);
              this.afterComma = true;
              if (this.end - this.first >= BATCH_CHARS) {
                this.parseBatch();
                // Drop what was read: the buffer goes on from this comma.
                text = this.buf = text.slice(i);
                i = 0;
              }
            } else if (depth === 1) this.key = '';
            break;
        }
      }
    } finally {
      this.i = i;
      this.depth = depth;
    }
  }

  /**
   * The quick way through the list: cut the unread text at a `},{` past a batch's length and
   * parse up to it. JSON.parse accepts a cut only between two members (one inside a string or
   * a nested value leaves the batch unclosed), so a wrong cut is never kept: the scan then
   * reads the rest character by character.
   */
  private batches() {
    while (this.buf.length > 2 * BATCH_CHARS) {
      // Not again over what was searched in vain (one member of megabytes, a polygon, would be
      // searched again at every piece): a boundary cut across two pieces may be missed, and
      // any later one is as good.
      BOUNDARY.lastIndex = Math.max(BATCH_CHARS, this.searched);
      const cut = BOUNDARY.exec(this.buf);
      if (!cut) {
        this.searched = this.buf.length;
        return;
      }
      this.searched = 0;
      let members: unknown[];
      try {
        members = JSON.parse(`[${this.buf.slice(0, cut.index + 1)}]`) as unknown[];
      } catch {
        return this.exact();
      }
      this.count += members.length;
      this.read(members);
      this.buf = this.buf.slice(cut.index + cut[0].length - 1);
    }
  }

  /** Reads on character by character, from a member's start. */
  private exact() {
    this.fast = false;
    this.i = 0;
    this.depth = 2;
    this.scan();
  }

  private begin(at: number) {
    this.start = at;
    this.afterComma = false;
    if (this.first === -1) this.first = at;
  }

  private complete(at: number) {
    this.end = at;
    this.start = -1;
    this.count++;
  }

  /** Parses the complete members of the batch (those past the cap too: the whole text must be JSON) and reads those under the cap. */
  private parseBatch() {
    if (this.first === -1 || this.end === -1) return;
    this.read(JSON.parse(`[${this.buf.slice(this.first, this.end)}]`) as unknown[]);
    this.first = this.end = -1;
  }

  /** The places of the last `members.length` members counted (none past the cap). */
  private read(members: unknown[]) {
    let index = this.count - members.length;
    for (const member of members) {
      if (index >= this.maxItems) break;
      const attraction = parseFeature(member, index++, this.ctx, this.lang);
      if (attraction) this.attractions.push(attraction);
    }
  }
}

/** The feed's language as the text before the list declares it (undefined if it does not: a later one makes `finish` give up). */
function headLanguage(head: string): string | undefined {
  try {
    return toLang((JSON.parse(`${head}]}`) as { language?: unknown }).language);
  } catch {
    return undefined;
  }
}

/**
 * The language a whole body declares after its list (`…],"language":"pl"}`, as many exports
 * end), from its last characters; undefined when they do not tell. Only a hint: the reader
 * checks it against the whole feed at the end.
 */
export function tailLanguage(tail: string): string | undefined {
  try {
    return toLang((JSON.parse(`{"_":0${tail.slice(tail.lastIndexOf(']') + 1)}`) as { language?: unknown }).language);
  } catch {
    return undefined;
  }
}

/** Bytes looked at before choosing the decoder (a byte order mark, a charset in the first kilobyte), as for a whole body. */
const SNIFF_BYTES = 1024;
const DECODE_BYTES = 64 * 1024;

const concat = (chunks: Uint8Array[], size: number) => {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return bytes;
};

/**
 * A {@link FeatureReader} fed with the body's bytes, decoded as the whole body would be: in
 * the encoding it declares (`declared`: the feed layer's `declaredEncoding`), else as strict
 * UTF-8. A body that is not UTF-8 makes `finish` give up (its old encoding is guessed from
 * the whole body).
 */
export class BytesReader {
  readonly reader: FeatureReader;
  private decoder?: TextDecoder;
  private held: Uint8Array[] = [];
  private size = 0;
  private failed = false;

  constructor(
    options: KindParseOptions,
    private readonly declared: (bytes: Uint8Array) => string | undefined,
    hint?: string,
  ) {
    this.reader = new FeatureReader(options, hint);
  }

  push(chunk: Uint8Array) {
    if (this.failed) return;
    try {
      if (this.decoder) return this.decode(chunk);
      this.held.push(chunk);
      this.size += chunk.byteLength;
      if (this.size >= SNIFF_BYTES) this.start();
    } catch {
      this.failed = true; // not UTF-8
    }
  }

  finish(): AttractionsFeed | undefined {
    if (this.failed) return undefined;
    try {
      if (!this.decoder) this.start();
      this.reader.push(this.decoder!.decode());
    } catch {
      return undefined;
    }
    return this.reader.finish();
  }

  private start() {
    const bytes = concat(this.held, this.size);
    this.held = [];
    const declared = this.declared(bytes);
    this.decoder = new TextDecoder(declared ?? 'utf-8', { fatal: !declared });
    this.decode(bytes);
  }

  /** Decodes in pieces of 64 KB: a network read can be a megabyte, which Chromium decodes three times slower per byte. */
  private decode(bytes: Uint8Array) {
    for (let at = 0; at < bytes.byteLength; at += DECODE_BYTES) this.reader.push(this.decoder!.decode(bytes.subarray(at, at + DECODE_BYTES), { stream: true }));
  }
}

/** A turn for the page between slices (`scheduler.yield` keeps this task's place in line where there is one). */
export const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

export const aborted = () => new DOMException('Aborted', 'AbortError');
