import type { Plugin } from 'vite';

/** Vite plugin: `import x from './pl.json?section=ticker'` reads one section of a locale file as a module. */
export function localeSection(): Plugin;
