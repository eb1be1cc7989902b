/**
 * Guards for data handed to the panel as a property (the feed layer checks files, but
 * hosts may pass anything): links only http(s) or relative, mailto/tel built by us.
 */

/** The URL when it is http(s) or relative, else undefined. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  // Control characters ("java\nscript:") would be dropped by the browser: refuse them.
  if (!url || /[\u0000-\u001f\u007f]/.test(url)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme) return /^https?$/i.test(scheme[1]) ? url : undefined;
  if (url.startsWith('//')) return undefined; // protocol-relative: another host, unannounced
  return url;
}

/** `mailto:` link for a plain e-mail address, else undefined. */
export function mailtoHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim();
  return /^[^\s@<>()"',;:\\/]+@[^\s@<>()"',;:\\/]+\.[^\s@<>()"',;:\\/]+$/.test(email)
    ? `mailto:${email}`
    : undefined;
}

/** `tel:` link for a phone number written with digits, spaces, + ( ) - . /, else undefined. */
export function telHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const phone = value.trim();
  if (!/^\+?[0-9 ()\-./]{3,30}$/.test(phone)) return undefined;
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits.replace(/\+/g, '').length >= 3 ? `tel:${digits}` : undefined;
}

/** Host name of a URL for display ("sochaczew.pl"), or the URL itself. */
export function displayHost(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
