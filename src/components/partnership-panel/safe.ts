/** Contact links built by the panel (the feed layer has already checked the values). */
import { pageBase } from '../../feeds/environment.js';

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
    return new URL(url, pageBase()).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
