// The edited file as plain JSON, read and written by JSON Pointer paths ("/partnerships/0/title").

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The languages the editors show side by side, in this order; others found in a file follow. */
export const EDITOR_LANGUAGES = ['pl', 'de', 'en', 'uk'] as const;

const segments = (path: string) =>
  path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

export const join = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The value at `path`, or undefined. */
export function get(doc: Json, path: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of segments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/** Sets (or, with undefined, removes) the value at `path`, creating objects on the way. */
export function set(doc: Json, path: string, value: Json | undefined): void {
  const keys = segments(path);
  const last = keys.pop();
  if (last === undefined) return;
  let node = doc as JsonObject;
  for (const key of keys) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as JsonObject;
  }
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === undefined) delete node[last];
  else node[last] = value;
}

/** A Localized value as a language → text map; a plain string counts as the file's language. */
export function localizedMap(value: Json | undefined, fileLang: string): Record<string, string> {
  if (typeof value === 'string') return value ? { [fileLang]: value } : {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return {};
}

/** The languages to show for a localized field: ours, then any other the value has. */
export function languagesOf(map: Record<string, string>): string[] {
  return [...EDITOR_LANGUAGES, ...Object.keys(map).filter((lang) => !(EDITOR_LANGUAGES as readonly string[]).includes(lang))];
}

/** A short id from a name: "Ruiny Zamku" → "ruiny-zamku" (letters folded to a–z). */
export function slug(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss')
    .toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}
