import { defineConfig, type Plugin } from 'vite';
import { cpSync, existsSync } from 'node:fs';
import { civicPlugins } from './build/plugins.mjs';

/** One entry per element, for bundlers that import only what a page uses. */
const elementEntries = {
  'news-ticker': 'src/components/news-ticker/news-ticker.ts',
  'article-cards': 'src/components/article-cards/article-cards.ts',
  'attractions-map': 'src/components/attractions-map/attractions-map.ts',
  'partnership-panel': 'src/components/partnership-panel/partnership-panel.ts',
};

/** Copies files into the build's output folder once it is written (`from` → `to`, relative). */
const copyIntoBuild = (name: string, files: [from: string, to: string][]): Plugin => {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const [from, to] of files) if (existsSync(from)) cpSync(from, `${outDir}/${to}`, { recursive: true });
    },
  };
};

/** The built demo serves the same files the dev server does: data, themes, the manifest. */
const copyDemoFiles = () =>
  copyIntoBuild('civic-copy-demo-files', [
    ['data', 'data'],
    ['themes', 'themes'],
    ['dist/custom-elements.json', 'dist/custom-elements.json'],
  ]);

/** The CDN build carries the ready themes, so copying dist/ gives a site everything. */
const copyThemes = () => copyIntoBuild('civic-copy-themes', [['themes', 'themes']]);

/**
 * `vite` serves the demo pages (index.html, configurator.html) on the bundled data/.
 * `vite build` writes the CDN file dist/civic-widgets.js (every element, Leaflet in a lazy
 * chunk); `vite build --mode elements` adds dist/elements/<name>.js with shared chunks;
 * `vite build --mode demo` builds the demo pages into dist-demo/ (for Lighthouse).
 */
export default defineConfig(({ mode }) => {
  const server = { host: '127.0.0.1', port: 5173 };
  if (mode === 'demo') {
    return {
      server,
      plugins: [...civicPlugins(), copyDemoFiles()],
      build: {
        outDir: 'dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: { index: 'index.html', configurator: 'configurator.html' } },
      },
    };
  }
  return {
    server,
    // Relative URLs: the map's parse worker is found next to the library wherever a site copies dist/.
    base: './',
    plugins: mode === 'elements' ? civicPlugins() : [...civicPlugins(), copyThemes()],
    build: {
      outDir: 'dist',
      emptyOutDir: mode !== 'elements',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib:
        mode === 'elements'
          ? { entry: elementEntries, formats: ['es'], fileName: (_format, name) => `elements/${name}.js` }
          : { entry: { 'civic-widgets': 'src/index.ts' }, formats: ['es'], fileName: () => 'civic-widgets.js' },
      rolldownOptions: {
        output: {
          chunkFileNames: mode === 'elements' ? 'elements/chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
          minify: true,
        },
      },
    },
  };
});
