/** Contact links built by the panel (the feed layer has already checked the values). */
export { mailtoHref, telHref } from '../../feeds/links.js';

/** Host name of a URL for display ("sochaczew.pl"), or the URL itself. */
export function displayHost(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
