import type { Plugin } from 'vite';

/** Vite plugin removing Leaflet's Trusted-Types-hostile probe. */
export function leafletTrustedTypesProbe(): Plugin;
/** Web Test Runner / @web/dev-server plugin doing the same. */
export function leafletTrustedTypesProbeWtr(): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
