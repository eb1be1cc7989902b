import type { Plugin } from 'vite';

/** Vite plugin: `import x from './pl.json?section=ticker'` reads one section of a locale file as a module. */
export function localeSection(): Plugin;
/** The module for one section of a locale file (shared by the Vite plugin and the test runner). */
export function sectionModule(json: string, section: string, file: string): string;
