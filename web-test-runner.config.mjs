// @web/test-runner: every test runs in real headless Chromium against `src/` (not `dist/`),
// in Lit's development mode so Lit's own warnings surface.
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { leafletTrustedTypesProbeWtr } from './build/leaflet-tt-probe.mjs';
import { sectionModule } from './build/locale-section.mjs';
import { geolocationCommand } from './test/map/geolocation-command.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs Debian chromium) or set CHROME_PATH.');
}

/** Serves `import x from './file.json'` (locales, `?section=` of a locale, and data files imported with `?data`) and `import css from 'x.css?inline'` as JS modules, as Vite does. */
const viteLikeImports = {
  name: 'vite-like-imports',
  resolveMimeType(context) {
    if (isJsonModule(context) || isInlineCss(context)) return 'js';
  },
  transform(context) {
    if (isJsonModule(context)) {
      const section = context.URL.searchParams.get('section');
      return { body: section ? sectionModule(context.body, section, context.path) : `export default ${context.body};` };
    }
    if (isInlineCss(context)) return { body: `export default ${JSON.stringify(context.body)};` };
  },
};
/** `/__stories__.js`: every stories/*.stories.ts, so the story smoke test finds new stories by itself. */
const allStories = {
  name: 'all-stories',
  serve(context) {
    if (context.path !== '/__stories__.js') return;
    const files = readdirSync('stories').filter((f) => f.endsWith('.stories.ts')).sort();
    const body = files.map((f, i) => `import * as s${i} from '/stories/${f}';`).join('\n') +
      `\nexport default [${files.map((f, i) => `['${f}', s${i}]`).join(', ')}];`;
    return { body, type: 'js' };
  },
};

const isJsonModule = (context) =>
  context.path.endsWith('.json') && (context.path.startsWith('/src/') || context.URL.searchParams.has('data'));
const isInlineCss = (context) => context.path.endsWith('.css') && context.URL.searchParams.has('inline');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1, // background pages get no animation frames: one page at a time keeps rAF-driven tests honest
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  middleware: [testServerMiddleware],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    // a11ySnapshot(): Chrome's own accessibility tree (computed names), for tests that check exact names.
    a11ySnapshotPlugin(),
    geolocationCommand(),
    allStories,
    leafletTrustedTypesProbeWtr(),
    viteLikeImports,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROME_FLAGS,
          // Several test pages run at once: keep timers and frames of background pages at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
