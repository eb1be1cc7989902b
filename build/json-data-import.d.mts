import type { Plugin } from 'vite';

/** Vite plugin: `import x from './file.json?data'` reads the JSON file as a module. */
export function jsonDataImport(): Plugin;
