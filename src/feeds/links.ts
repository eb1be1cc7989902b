/**
 * Link safety, in one place: every URL, `mailto:` and `tel:` link built from feed data or
 * host-given items goes through here. Pure string and URL code (no DOM), so the prerender
 * and a worker can use it too.
 */
import { pageBase } from './environment.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
/** Longest URL accepted. */
export const MAX_URL_LENGTH = 4096;

// eslint-disable-next-line no-control-regex -- control characters are what browsers drop from URLs (and what this removes)
const IGNORED_IN_URLS = /[\u0000-\u001F\u007F-\u009F]/g;
/**
 * Characters that change how text looks without being seen: soft hyphen, bidi marks and
 * overrides, zero-width and word-joiner characters, invisible operators, Hangul fillers,
 * the BOM, interlinear annotations, and tag characters (U+E0000–E007F, as surrogate pairs).
 * Written without the `u` flag: such patterns run over every shown text and stay fast.
 */
export const INVISIBLE_CHARS = '\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB';
export const TAG_CHARS = '\uDB40[\uDC00-\uDC7F]';
// eslint-disable-next-line no-misleading-character-class -- U+034F (a combining mark) is listed on its own, on purpose
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]|${TAG_CHARS}`, 'g');

// An escaped ampersand is the one entity a URL from a CMS really carries (WordPress and
// hand-made feeds write `&amp;` / `&#038;` in links); `&copy=2` or `&lt=3` are query parameters.
const ESCAPED_AMP = /&(?:amp|#0*38|#x0*26);/gi;
// Entities that could spell a scheme ("javascript&colon;"): only used to refuse, never to rewrite.
const SCHEME_ENTITY = /&(#x[0-9a-f]+|#[0-9]+|colon|tab|newline);?/gi;
const schemeChar = (body: string) => {
  const lower = body.toLowerCase();
  if (lower === 'colon') return ':';
  if (lower === 'tab' || lower === 'newline') return '';
  const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
};

const documentBase = pageBase;

/** An absolute http(s) address in printable ASCII without `&` or spaces: nothing to clean up, no base needed. */
const PLAIN_WEB = /^https?:\/\/[!-%'-~]+$/;

function checked(value: unknown, base: string | undefined, protocols: Set<string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = PLAIN_WEB.test(value); // most feed links: read as they are
  const raw = plain ? value : value.replace(ESCAPED_AMP, '&').replace(INVISIBLE, '').trim().replace(IGNORED_IN_URLS, '');
  if (!raw || raw.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(raw, plain ? undefined : (base ?? documentBase()));
  } catch {
    return undefined;
  }
  if (!protocols.has(url.protocol)) return undefined;
  // An explicit scheme must itself be allowed, also when spelled with entities or controls
  // that a later HTML round trip could decode (belt and braces: the link itself is kept as written).
  const spelled = raw.replace(SCHEME_ENTITY, (_, body: string) => schemeChar(body)).replace(/\s/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(spelled)?.[1]?.toLowerCase();
  if (scheme && !protocols.has(`${scheme}:`)) return undefined;
  return url.href;
}

/**
 * A URL that is safe for `href`/`src`: http, https, mailto, tel, or relative (resolved
 * against `base`, the feed's URL, else the document). Anything else (javascript:, data:,
 * vbscript:, blob:, file:, including tricks with entities, whitespace, control characters
 * or letter case) gives undefined. Query strings are kept as written: only an escaped
 * ampersand (`&amp;`) is unescaped.
 */
export const safeUrl = (value: unknown, base?: string): string | undefined => checked(value, base, SAFE_PROTOCOLS);

/** Like {@link safeUrl}, for web pages and images only: http(s) or relative. */
export const safeWebUrl = (value: unknown, base?: string): string | undefined => checked(value, base, WEB_PROTOCOLS);

/** The `href` for a URL already in the model or given by the host (`.items`): {@link safeUrl} against the document. */
export const safeHref = (url: unknown): string | undefined => safeUrl(url);

const PHONE = /^\+?[0-9 ()\-./]{3,40}$/;

/** A phone number as written in a feed ("+48 46 862 33 09"), invisible characters removed; undefined if it is not one. */
export function toPhone(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const phone = String(value).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return PHONE.test(phone) && phone.replace(/\D/g, '').length >= 3 ? phone : undefined;
}

/** `tel:` link of a phone number ({@link toPhone} rules), else undefined. */
export function telHref(value: unknown): string | undefined {
  const phone = toPhone(value);
  return phone ? `tel:${phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '')}` : undefined;
}

// Letters and digits of any script, dots, dashes, `_` and `+`: no spaces, quotes, `?`/`&`
// (a second header in the link) or format characters, so what is shown is what opens.
const EMAIL = /^[\p{L}\p{N}._+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * An e-mail address safe to show and link, or undefined. Text that would look different
 * from what it links to (a right-to-left override, zero-width characters) is refused, not
 * cleaned: a spoofed address must not become a working one.
 */
export function toEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim().replace(/^mailto:/i, '');
  return EMAIL.test(email) ? email : undefined;
}

/** `mailto:` link for an e-mail address ({@link toEmail} rules), else undefined. */
export function mailtoHref(value: unknown): string | undefined {
  const email = toEmail(value);
  return email ? `mailto:${email}` : undefined;
}
