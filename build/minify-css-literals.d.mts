import type { Plugin } from 'vite';

/** Minified CSS text: comments gone, whitespace collapsed, strings untouched. */
export function minifyCss(text: string): string;
/** Vite plugin: css`…` literals in src/ come out minified in builds. */
export function minifyCssLiterals(): Plugin;
