/**
 * Inert parsing of untrusted markup. A document made by `DOMParser` has no browsing
 * context: its scripts never run, its images never load and its event handlers never fire.
 *
 * Pages with Trusted Types enforced (`require-trusted-types-for 'script'`) refuse plain
 * strings in `DOMParser.parseFromString`. We then use a private policy named
 * `civic-widgets` (allow it in the page's `trusted-types` directive). It is never exported
 * and only ever feeds `DOMParser`, whose result is inert; it is not a `default` policy.
 */

interface PolicyLike {
  createHTML(input: string): unknown;
  createScriptURL?(input: string): unknown;
}
type TrustedTypesLike = { createPolicy(name: string, rules: Record<string, (s: string) => string>): PolicyLike };

/** Name of the Trusted Types policy the library creates (for inert parsing only). */
export const TRUSTED_TYPES_POLICY_NAME = 'civic-widgets';

let policy: PolicyLike | null | undefined;
/** The only script URLs the policy vouches for: the library's own worker, named just before it starts. */
const ownScripts = new Set<string>();
let parsingWorks: boolean | undefined;

/** Parses markup into a document that runs nothing (the browser's DOMParser by default). */
export type InertParser = (markup: string, type: DOMParserSupportedType) => Document | undefined;
let injected: InertParser | undefined;

/**
 * Gives the feed layer another inert parser: a server renderer's DOM (e.g. linkedom's
 * DOMParser) or none in a worker. Every parse of feed markup goes through `parseInert`.
 */
export function useInertParser(parser: InertParser | undefined): void {
  injected = parser;
  parsingWorks = undefined;
}

/** The private policy, or null when Trusted Types are absent or the page forbids the name. */
export function inertPolicy(): PolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  policy = null;
  if (tt && typeof tt.createPolicy === 'function') {
    try {
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML: (s: string) => s,
        createScriptURL: (s: string) => {
          if (!ownScripts.has(s)) throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME}: not one of the library's scripts`);
          return s;
        },
      });
    } catch {
      console.warn(
        `[civic-widgets] The Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" is not allowed by this page; ` +
          'RSS/Atom feeds and rich text fall back to plain text. Add it to the CSP trusted-types directive.',
      );
    }
  }
  return policy;
}

// A tag, with quoted attribute values read whole (a `>` inside quotes does not end it).
const TAG = /<[a-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;
// Attributes that make Chromium check the page's CSP while parsing, even in an inert
// document: event handlers (script-src-attr) and inline styles (style-src-attr).
const CHECKED_ATTRIBUTE = /(^|[\s/"'])(on[\w-]*|style)(?=[\s/>=]|$)/gi;
// <style> elements (style-src-elem); their text is never shown anyway.
const STYLE_ELEMENT = /<style\b[\s\S]*?(?:<\/style\s*>|$)/gi;

/**
 * Markup with nothing that a strict CSP would report while parsing: handler and style
 * attributes renamed (`data-civic-onerror`), style elements removed. Nothing in an inert
 * document runs either way; this only keeps a hostile feed from making every visitor's
 * browser post violation reports to the site.
 */
export function defuse(markup: string): string {
  if (!/<(?:[^<>]*[\s/"'](?:on|style)|style)/i.test(markup)) return markup;
  return markup.replace(STYLE_ELEMENT, ' ').replace(TAG, (tag) => tag.replace(CHECKED_ATTRIBUTE, '$1data-civic-$2'));
}

/**
 * A URL of the library's own script (its parse worker) as `new Worker` accepts it: a
 * TrustedScriptURL from the private policy where Trusted Types exist, else the string;
 * undefined when the page forbids the policy (the caller then works without the script).
 */
export function ownScriptUrl(url: string): string | undefined {
  if (!(globalThis as { trustedTypes?: unknown }).trustedTypes) return url;
  const p = inertPolicy();
  if (!p?.createScriptURL) return undefined;
  ownScripts.add(url);
  return p.createScriptURL(url) as string;
}

/**
 * Parses markup into an inert document; undefined when the page's Trusted Types policy
 * forbids it (callers fall back to string-only handling).
 */
export function parseInert(raw: string, type: DOMParserSupportedType): Document | undefined {
  // Once refused, do not ask again: each refusal is a CSP violation report for the site.
  if (parsingWorks === false) return undefined;
  const markup = defuse(raw);
  if (injected) return injected(markup, type);
  try {
    const p = inertPolicy();
    const input = (p ? p.createHTML(markup) : markup) as string;
    return new DOMParser().parseFromString(input, type);
  } catch {
    parsingWorks = false;
    return undefined;
  }
}

