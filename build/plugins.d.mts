import type { Plugin } from 'vite';

/** Every Vite plugin the library's sources need (Leaflet TT probe, ?data, ?section=, css minify). */
export function civicPlugins(): Plugin[];
