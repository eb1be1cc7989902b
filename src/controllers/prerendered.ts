/**
 * What the prerenderer (`civic-widgets prerender`, src/prerender/) leaves for an element's
 * first render in the browser: the language it rendered in and the feed data it rendered
 * from, as JSON in a `<script type="application/json" data-civic-prerender>` at the end of
 * the declarative shadow root.
 *
 * Lit's hydration takes the server's DOM over only if the first client render produces the
 * same templates and values; it never rewrites text or attributes it finds. So that first
 * render *replays* the server's: same language, same data, absolute dates instead of
 * relative times, no measured state (ticker width, motion, remembered map consent). The
 * I18nController then asks for a second, ordinary render, which brings the visitor's
 * reality in as a normal update, and the feed revalidates (stale-while-revalidate).
 */
import { LitElement, adoptStyles, isServer } from 'lit';
import type { FeedData, FeedKind } from '../feeds/model.js';

/** The attribute of the script that carries the snapshot. */
export const SNAPSHOT_ATTRIBUTE = 'data-civic-prerender';
/**
 * The attribute of the page's one script holding the feeds' data: elements reading the same
 * feed (the ticker, cards and panel often do) refer to one copy, by key (`ref`).
 */
export const FEEDS_ATTRIBUTE = 'data-civic-prerender-feeds';

/** One feed as the prerenderer read it. */
export interface PrerenderedFeed {
  kind: FeedKind;
  /** The address as the element's attribute gives it (`{lang}` not replaced). */
  src: string;
  /** The address it was read from (server side only). */
  url?: string;
  /** When it was read (ms since epoch): the copy's age for the "may be out of date" notice. */
  savedAt: number;
  data: FeedData<FeedKind>;
  /** In the page: the key of `data` in the page's feeds script (then `data` is left out). */
  ref?: string;
}

export interface PrerenderSnapshot {
  v: 1;
  /** The language and locale the element resolved on the server. */
  lang: string;
  locale: string;
  /** The time zone the server wrote dates in (IANA name), e.g. "Europe/Warsaw". */
  timeZone?: string;
  /** The level the element's headings start at when `heading-level` is not set (one below the page's heading before it). */
  headingLevel?: number;
  feeds: PrerenderedFeed[];
}

/** An element the snapshot belongs to (a LitElement). */
export interface SnapshotHost extends HTMLElement {
  readonly hasUpdated: boolean;
}

interface LitHost extends SnapshotHost {
  renderOptions?: { renderBefore?: ChildNode | null };
}

let serverSnapshot: PrerenderSnapshot | undefined;
let rawHtml: (markup: string) => unknown = (markup) => markup;

/**
 * Server only: markup the element built itself from sanitized nodes (rich text, JSON-LD),
 * written as HTML. The prerenderer installs Lit's unsafeHTML here, so browser bundles never
 * carry it.
 */
export const serverHtml = (markup: string): unknown => rawHtml(markup);

/** Server only (the prerenderer): how {@link serverHtml} writes markup. */
export function useServerHtml(write: (markup: string) => unknown): void {
  rawHtml = write;
}

/**
 * Server only: renders with `snapshot` as the snapshot of the element being rendered. An
 * element renders synchronously from construction to its last string, so one at a time.
 */
export function withServerSnapshot<T>(snapshot: PrerenderSnapshot, render: () => T): T {
  serverSnapshot = snapshot;
  try {
    return render();
  } finally {
    serverSnapshot = undefined;
  }
}

/** Lit's hydration support patched LitElement (it defines `observedAttributes` on it). */
export const hydrationInstalled = () => Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');

const snapshots = new WeakMap<Element, PrerenderSnapshot | null>();
let warned = false;
let pageFeeds: Record<string, PrerenderedFeed['data']> | undefined;

function feedsOfPage(): Record<string, PrerenderedFeed['data']> {
  try {
    pageFeeds ??= JSON.parse(document.querySelector(`script[${FEEDS_ATTRIBUTE}]`)?.textContent ?? '{}');
  } catch {
    pageFeeds = {};
  }
  return pageFeeds!;
}

const isSnapshot = (s: PrerenderSnapshot | null | undefined): s is PrerenderSnapshot =>
  s?.v === 1 && typeof s.lang === 'string' && Array.isArray(s.feeds) && s.feeds.every((f) => typeof f?.src === 'string' && f.data instanceof Object);

function readSnapshot(host: SnapshotHost): PrerenderSnapshot | null {
  const root = host.shadowRoot;
  const script = root?.querySelector(`script[${SNAPSHOT_ATTRIBUTE}]`);
  if (!root || !script) return null;
  script.remove();
  let snapshot: PrerenderSnapshot | undefined;
  try {
    snapshot = JSON.parse(script.textContent ?? '');
    for (const feed of snapshot!.feeds) if (feed.ref !== undefined) feed.data = feedsOfPage()[feed.ref];
  } catch {
    snapshot = undefined;
  }
  if (isSnapshot(snapshot) && hydrationInstalled()) {
    // The prerendered <style>s are inline styles: a page whose CSP allows none (style-src
    // without 'unsafe-inline' or their hashes) drops them. Lit's own sheets need no such
    // permission; hydration does not adopt them by itself.
    adoptStyles(root, (host.constructor as typeof LitElement).elementStyles ?? []);
    return snapshot;
  }
  // Without the hydration support (or with a damaged snapshot) Lit would render beside the
  // prerendered DOM: start from an empty root instead, as if nothing had been prerendered.
  root.replaceChildren();
  // Lit meant to render before the first prerendered node, which has just gone.
  const options = (host as LitHost).renderOptions;
  if (options) options.renderBefore = null;
  if (!warned) {
    warned = true;
    console.warn(`[civic-widgets] <${host.localName}> is prerendered, but ${hydrationInstalled() ? 'its snapshot is damaged' : 'civic-widgets/hydration.js was not loaded first'}: rendered again.`);
  }
  return null;
}

/**
 * The element's snapshot while it has not rendered yet in this browser (undefined once it
 * has, or when it was not prerendered). On the server: the snapshot it renders with.
 */
export function prerendered(host: SnapshotHost): PrerenderSnapshot | undefined {
  if (isServer) return serverSnapshot;
  if (host.hasUpdated) {
    snapshots.delete(host);
    return undefined;
  }
  let snapshot = snapshots.get(host);
  if (snapshot === undefined) snapshots.set(host, (snapshot = readSnapshot(host)));
  return snapshot ?? undefined;
}

/** True on the server and in the first browser render of a prerendered element: render as the server does. */
export const isReplaying = (host: SnapshotHost): boolean => isServer || prerendered(host) !== undefined;

/** The feed of `kind` at `src` as it was prerendered, for the element's first render. */
export function prerenderedFeed(host: SnapshotHost, kind: FeedKind, src: string | null | undefined): PrerenderedFeed | undefined {
  if (typeof src !== 'string') return undefined;
  return prerendered(host)?.feeds.find((feed) => feed.kind === kind && feed.src === src);
}
