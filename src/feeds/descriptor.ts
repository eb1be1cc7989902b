/**
 * One descriptor per kind of feed carries everything the feed layer needs to know about
 * that kind: how a body becomes the model (its formats), what to ask the server for, its
 * default limits, how a saved copy is checked again, and how entries are counted. An
 * element hands its descriptor to its FeedController, so a kind that is not imported is a
 * type error, not a run-time "no parser". The descriptors live in `kinds/`.
 */
import type { FeedData, FeedKind } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { classifyBody, parseJsonText } from './parse-common.js';
import type { cappedJson } from './json-caps.js';
import { safeUrl } from './links.js';
import { runSliced, runSync, yieldToPage, type Steps } from './steps.js';

/** Largest body and most entries read from one feed. */
export interface FeedLimits {
  /** Largest response accepted, in bytes. */
  maxBytes: number;
  /** Most entries kept; the rest are cut with a console warning. */
  maxItems: number;
}

/** What a parse is told: the feed's URL (`base`), the entry cap, the body's type, an abort signal. */
export interface KindParseOptions extends ParseOptions {
  /** The response's Content-Type (tells RSS sent as text/xml from JSON). */
  contentType?: string;
  /** Aborted when the element no longer wants the result (a long parse may stop early). */
  signal?: AbortSignal;
  /**
   * Read the entries in slices, giving the page a turn between them (the loader asks for
   * this; the answer is then a Promise). Off: all at once, synchronously where possible.
   */
  sliced?: boolean;
}

export interface FeedDescriptor<K extends FeedKind> {
  /** The kind's name: keys saved copies and shared requests. */
  readonly kind: K;
  /** The request's Accept header. */
  readonly accept: string;
  /** Default limits of this kind; `feedSettings` may lower them (see `loader.ts` `limitsFor`). */
  readonly limits: FeedLimits;
  /**
   * A response body as the model. May answer later (the RSS/Atom reader is fetched on first
   * use; a kind may parse in a worker or in chunks). Throws / rejects with a FeedError.
   */
  parse(body: string, options?: KindParseOptions): FeedData<K> | Promise<FeedData<K>>;
  /** Already-parsed JSON as the model, synchronously (host-given data, server rendering). */
  parseJson(json: unknown, options?: ParseOptions): FeedData<K>;
  /** A copy read back from storage, checked again (it outlives versions and can be edited); undefined when unusable. */
  recheck(data: Record<string, unknown>): FeedData<K> | undefined;
  /** How many entries a loaded feed has (for `civic-feed-load`). */
  count(data: FeedData<K>): number;
  /** The loader hands `parse` the body's bytes (a `Uint8Array`), which it decodes itself (the map: off the main thread). */
  readonly bytes?: boolean;
  /** False when a copy is surely too large for localStorage: it is then not serialized at all. */
  storable?(data: FeedData<K>): boolean;
  /**
   * Reads the body while it downloads (with `bytes`): called once the response is there, with
   * the options `parse` would get. The loader hands each chunk to the answer as it arrives,
   * then calls its `finish`, which answers as `parse` would (asking for the whole body if it must).
   */
  stream?(options: KindParseOptions): BodyStream<K>;
}

/** A body read while it downloads (see {@link FeedDescriptor.stream}). */
export interface BodyStream<K extends FeedKind> {
  /** The next bytes (the loader keeps its own copy). */
  chunk(bytes: Uint8Array): void;
  /** The end of the body (its bytes joined only if asked): the feed, as `parse` would give it. */
  finish(body: () => Uint8Array): Promise<FeedData<K>>;
  /** The download failed or was refused: nothing more comes. */
  cancel(): void;
}

/** One JSON format of a kind: how to recognise it and read it (in steps, one per entry). */
export interface JsonFormat<K extends FeedKind> {
  /** Named in the error when no format matches. */
  readonly name: string;
  detect(json: unknown): boolean;
  steps(json: unknown, ctx: ParseContext): Steps<FeedData<K>>;
}

/** A JSON format from a type guard and a reader of what it guards. */
export function jsonFormat<K extends FeedKind, J>(
  name: string,
  detect: (json: unknown) => json is J,
  steps: (json: J, ctx: ParseContext) => Steps<FeedData<K>>,
): JsonFormat<K> {
  return { name, detect, steps: (json, ctx) => steps(json as J, ctx) };
}

type ListKey<K extends FeedKind> = { [P in keyof FeedData<K>]: FeedData<K>[P] extends unknown[] ? P : never }[keyof FeedData<K>] & string;

/** What {@link defineKind} makes a descriptor from. */
export interface KindSpec<K extends FeedKind> {
  kind: K;
  accept: string;
  limits: FeedLimits;
  /** The model's list of entries (`items`, `attractions`, `partnerships`). */
  list: ListKey<K>;
  /** JSON formats, tried in order. */
  formats: readonly JsonFormat<K>[];
  /** The RSS/Atom reader, for the kinds that read XML; may load lazily. */
  xml?: (text: string, ctx: ParseContext, options: KindParseOptions) => FeedData<K> | Promise<FeedData<K>>;
  /** What the feed must be, for the error when nothing matches ("a GeoJSON FeatureCollection"). */
  expected: string;
  /** What a saved entry needs besides a string id to be shown again. */
  keepSaved(entry: Record<string, unknown>): boolean;
  /** Cap JSON before it is parsed (see `json-caps.ts`): for kinds whose entries are small (not maps of 200,000 places). */
  capJson?: boolean;
}

const URL_FIELDS = new Set(['url', 'image', 'website', 'emblem']);
const isEntry = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every URL of a stored copy checked again (storage can be edited by another script). */
function recheckUrls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(recheckUrls);
  if (!isEntry(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = URL_FIELDS.has(key) ? safeUrl(v) : recheckUrls(v);
  return out;
}

/**
 * Smallest JSON body capped before its parse (see `json-caps.ts`): a smaller one has at most
 * about 130,000 values, which JSON.parse reads in well under 100 ms.
 */
export const JSON_CAPS_FROM = 256 * 1024;
type Capper = typeof cappedJson;
let capper: Capper | undefined;

/** Makes JSON capping synchronous (`parse.ts` does this for the tests and tools); elements load it on the first large feed. */
export function useJsonCaps(steps: Capper): void {
  capper = steps;
}

/** The capper, loaded on first use; undefined when its chunk cannot be loaded (the body is then parsed as it is). */
const loadCapper = (): Promise<Capper | undefined> =>
  capper
    ? Promise.resolve(capper)
    : import('./json-caps.js').then(
        (m) => (capper ??= m.cappedJson),
        () => undefined,
      );

/** A descriptor with the shared steps: body classified, formats tried in order, saved copies checked. */
export function defineKind<K extends FeedKind>(spec: KindSpec<K>): FeedDescriptor<K> {
  const context = (options: ParseOptions = {}) => new ParseContext({ maxItems: spec.limits.maxItems, ...options });
  // A feed that offered entries and kept none is an error (with the reason), not an empty feed.
  const checked = (data: FeedData<K>, ctx: ParseContext): FeedData<K> => {
    if (ctx.offered > 0 && (data[spec.list] as unknown[]).length === 0) throw ctx.noneUsable();
    return data;
  };
  function fromJson(json: unknown, ctx: ParseContext, options: KindParseOptions & { sliced: true }): Promise<FeedData<K>>;
  function fromJson(json: unknown, ctx: ParseContext, options?: KindParseOptions): FeedData<K> | Promise<FeedData<K>>;
  function fromJson(json: unknown, ctx: ParseContext, options: KindParseOptions = {}): FeedData<K> | Promise<FeedData<K>> {
    const format = spec.formats.find((f) => f.detect(json));
    if (!format) throw ctx.invalid(`expected ${spec.expected}`);
    const steps = format.steps(json, ctx);
    return options.sliced ? runSliced(steps, options.signal).then((d) => checked(d, ctx)) : checked(runSync(steps), ctx);
  }
  return {
    kind: spec.kind,
    accept: spec.accept,
    limits: spec.limits,
    parse(body, options = {}) {
      const read = classifyBody(body, options.contentType);
      const ctx = context(options);
      if ('jsonText' in read) {
        const text = read.jsonText;
        if (!spec.capJson || text.length < JSON_CAPS_FROM) return fromJson(parseJsonText(text), ctx, options);
        if (!options.sliced) return fromJson(parseJsonText(capper ? runSync(capper(text, ctx)) : text), ctx, options);
        return loadCapper()
          .then((cap) => (cap ? runSliced(cap(text, ctx), options.signal) : text))
          .then(async (capped) => {
            await yieldToPage(); // the parse is a task of its own
            return fromJson(parseJsonText(capped), ctx, { ...options, sliced: true });
          });
      }
      if (!spec.xml) throw ctx.invalid(`RSS/Atom can only feed news, not ${spec.kind}`);
      const data = spec.xml(read.xml, ctx, options);
      return data instanceof Promise ? data.then((d) => checked(d, ctx)) : checked(data, ctx);
    },
    parseJson: (json, options) => fromJson(json, context(options)) as FeedData<K>,
    recheck(data) {
      const entries = data[spec.list];
      if (!Array.isArray(entries)) return undefined;
      const kept = entries.filter((e) => isEntry(e) && typeof e.id === 'string' && spec.keepSaved(e));
      return { ...data, [spec.list]: recheckUrls(kept), skipped: Number(data.skipped) || 0 } as unknown as FeedData<K>;
    },
    count: (data) => (data[spec.list] as unknown[]).length,
  };
}

/** A text field of a saved entry: a string or a language map. */
export const isSavedText = (v: unknown) => typeof v === 'string' || isEntry(v);
