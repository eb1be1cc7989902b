/**
 * The last good copy of each feed: in memory for this page, and in localStorage for the
 * next visit. Bounded (entries and size) and defensive: storage may be disabled, full,
 * or hold junk written by an older version or another script.
 */
import type { FeedData, FeedKind } from './model.js';
import type { FeedDescriptor } from './descriptor.js';

export interface SavedCopy<K extends FeedKind = FeedKind> {
  data: FeedData<K>;
  /** When this copy was fetched from the network (ms since epoch). */
  savedAt: number;
  etag?: string;
  lastModified?: string;
  /** True when this copy was fetched by this page (not read back from storage). */
  live?: boolean;
}

const PREFIX = 'civic-widgets:feed:v1:';
/** Most feeds kept in localStorage; the least recently saved are dropped first. */
export const MAX_STORED_FEEDS = 12;
/** Largest serialized copy kept in localStorage (characters). */
export const MAX_STORED_CHARS = 1_000_000;

const memory = new Map<string, SavedCopy>();
const key = (kind: FeedKind, url: string) => `${kind} ${url}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError: storage disabled for this origin
  }
}

/** A stored copy, checked again by its kind (storage outlives versions and can be edited). */
function readStored<K extends FeedKind>(descriptor: FeedDescriptor<K>, url: string): SavedCopy<K> | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key(descriptor.kind, url));
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as SavedCopy<K>;
    if (!copy || typeof copy.savedAt !== 'number' || !copy.data || typeof copy.data !== 'object') return undefined;
    const data = descriptor.recheck(copy.data as unknown as Record<string, unknown>);
    return data ? { ...copy, data, live: false } : undefined;
  } catch {
    return undefined;
  }
}

function storedKeys(store: Storage): { name: string; savedAt: number }[] {
  const out: { name: string; savedAt: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (!name?.startsWith(PREFIX)) continue;
    // Copies are written with savedAt first, so ordering them reads a few characters each,
    // not up to 12 MB of JSON on every save.
    const raw = store.getItem(name) ?? '';
    let savedAt = Number(/^\{"savedAt":(\d+)/.exec(raw)?.[1] ?? NaN);
    if (Number.isNaN(savedAt)) {
      try {
        savedAt = (JSON.parse(raw || '{}') as SavedCopy).savedAt ?? 0;
      } catch {
        savedAt = 0; // junk: oldest
      }
    }
    out.push({ name, savedAt });
  }
  return out.sort((a, b) => a.savedAt - b.savedAt);
}

function writeStored(kind: FeedKind, url: string, copy: SavedCopy) {
  const store = storage();
  if (!store) return;
  const name = PREFIX + key(kind, url);
  let text: string;
  try {
    text = JSON.stringify({ savedAt: copy.savedAt, etag: copy.etag, lastModified: copy.lastModified, data: copy.data });
  } catch {
    return;
  }
  if (text.length > MAX_STORED_CHARS) return;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const others = storedKeys(store).filter((k) => k.name !== name);
      for (const old of others.slice(0, Math.max(0, others.length - (MAX_STORED_FEEDS - 1)))) store.removeItem(old.name);
      store.setItem(name, text);
      return;
    } catch {
      // Full: drop our oldest copy and try again; give up quietly when nothing is left.
      const oldest = storedKeys(store).find((k) => k.name !== name);
      if (!oldest) return;
      try {
        store.removeItem(oldest.name);
      } catch {
        return;
      }
    }
  }
}

/** The saved copy of a feed: this page's memory first, then localStorage. */
export function readCopy<K extends FeedKind>(descriptor: FeedDescriptor<K>, url: string): SavedCopy<K> | undefined {
  const id = key(descriptor.kind, url);
  const hit = (memory.get(id) as SavedCopy<K> | undefined) ?? readStored(descriptor, url);
  if (hit && !memory.has(id)) memory.set(id, hit as SavedCopy);
  return hit;
}

/** Keeps a freshly fetched copy in memory and (best effort) in localStorage. */
export function saveCopy<K extends FeedKind>(descriptor: FeedDescriptor<K>, url: string, copy: SavedCopy<K>) {
  memory.set(key(descriptor.kind, url), { ...copy, live: true } as SavedCopy);
  writeStored(descriptor.kind, url, copy as SavedCopy);
}

/** Forgets every saved copy (memory and localStorage). For tests and privacy tools. */
export function clearSavedFeeds() {
  memory.clear();
  const store = storage();
  if (!store) return;
  try {
    for (const { name } of storedKeys(store)) store.removeItem(name);
  } catch {
    /* storage disabled */
  }
}

/** Forgets this page's in-memory copies only (as on the next visit; localStorage stays). */
export function forgetMemoryCopies() {
  memory.clear();
}
