// The preview shows the file where it will live: relative image and link paths in a file
// are relative to the file, so the preview resolves them against the file's folder (data/
// for the bundled samples) rather than against this page.
import type { Json } from './model.js';

const LINK_KEYS = new Set(['emblem', 'image', 'website', 'url']);
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/\/|\/|#)/i;

export function previewCopy(doc: Json, base: string): Json {
  if (!base) return structuredClone(doc);
  const folder = new URL(base, document.baseURI);
  const walk = (value: Json, key = ''): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && LINK_KEYS.has(key) && value && RELATIVE.test(value)) return new URL(value, folder).href;
    return value;
  };
  return walk(doc);
}
