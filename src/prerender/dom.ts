/**
 * A DOM for the feed layer in Node (happy-dom): feed markup is parsed inertly with its
 * DOMParser and sanitized nodes are built in its document, as the browser does with its own.
 * Scripts, style sheets, frames and every network request are switched off: nothing a feed
 * holds can run or fetch here either.
 */
import { Window } from 'happy-dom';
import { useFeedDocument } from '../feeds/environment.js';
import { useInertParser } from '../feeds/inert.js';

let window: Window | undefined;

/**
 * happy-dom's XML parser stops at CDATA sections, which RSS uses everywhere. A CDATA section
 * is text: written as escaped text it parses to the same text the feed layer reads.
 */
const cdataAsText = (xml: string) =>
  xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_match, text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

/** Installs the DOM once; `pageUrl` becomes the document's address (what relative links resolve against). */
export function useNodeDom(pageUrl: string): void {
  if (!window) {
    window = new Window({
      url: pageUrl,
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
        navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: false },
        fetch: {
          interceptor: {
            beforeAsyncRequest: async () => new window!.Response('', { status: 403 }),
            beforeSyncRequest: () => ({ status: 403, statusText: 'Forbidden', ok: false, url: '', redirected: false, headers: new window!.Headers(), body: null }),
          },
        },
      },
    });
    const w = window as unknown as typeof globalThis;
    const parser = new w.DOMParser();
    useInertParser((markup, type) => parser.parseFromString(type === 'text/html' ? markup : cdataAsText(markup), type));
    useFeedDocument(w.document);
  }
  window.happyDOM.setURL(pageUrl);
}
