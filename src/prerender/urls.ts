/**
 * The page's address while prerendering. With the public address (`baseUrl`) links come out
 * absolute. Without it the page stands at an address of its own on a reserved domain (its
 * file path there), and every address on that domain is written back relative to the page,
 * so relative feeds, links and images stay relative, as the browser would resolve them.
 */
import { posix, sep } from 'node:path';

const STAND_IN = 'https://civic-prerender.invalid';

/** The address the page is prerendered at. */
export function pageAddress(file: string, baseUrl?: string): string {
  if (baseUrl) return new URL(baseUrl).href;
  const path = file.split(sep).map(encodeURIComponent).join('/');
  return `${STAND_IN}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** Writes stand-in addresses relative to the page (no-op for a public `baseUrl`). */
export function relativize(text: string, pageUrl: string): string {
  if (!pageUrl.startsWith(`${STAND_IN}/`)) return text;
  const pageDir = posix.dirname(new URL(pageUrl).pathname);
  return text.replace(/https:\/\/civic-prerender\.invalid(\/[^\s"'<>\\)]*)/g, (_match, rest: string) => {
    const url = new URL(rest, STAND_IN);
    const relative = posix.relative(pageDir, url.pathname) || '.';
    return `${relative}${url.search}${url.hash}`;
  });
}

/** The same for every string inside data (the snapshot the browser replays). */
export function relativizeData<T>(data: T, pageUrl: string): T {
  if (!pageUrl.startsWith(`${STAND_IN}/`)) return data;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes(STAND_IN) ? relativize(value, pageUrl) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(data) as T;
}
