/**
 * Hydration for prerendered pages (`civic-widgets prerender`): the CDN loader imports it
 * before the elements when a page holds prerendered ones; with a bundler, import
 * `civic-widgets/hydration.js` before the elements on such pages. They then take the
 * server's DOM over instead of rendering again. Without it a prerendered element starts
 * afresh (with a console warning), which works but repaints.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Hook = (lit: { LitElement: typeof LitElement }) => void;

// Lit calls the hook when lit-element's module runs. A bundle may have run it before this
// module (one shared chunk for all of Lit): then it is applied here. It defines
// `observedAttributes` on LitElement, which tells whether it ran.
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: Hook }).litElementHydrateSupport?.({ LitElement });
}
