// @web/test-runner: every test runs against `src/` (not `dist/`) in real browsers: headless
// Chromium and Firefox through puppeteer-core, WebKitGTK through its WebDriver (see
// test/runner/). CIVIC_BROWSERS picks engines (`chromium,firefox,webkit`, all by default;
// scripts/test.mjs runs one process per engine). Lit runs in development mode so its own
// warnings surface, or in production mode with CIVIC_LIT_MODE=production.
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { ENGINES, findEngine, selectedEngines } from './scripts/find-engines.mjs';
import { engineCommandsPlugin } from './test/runner/engine-commands.mjs';
import { firefoxLauncher } from './test/runner/firefox.mjs';
import { webkitLauncher } from './test/runner/webkit.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { leafletTrustedTypesProbeWtr } from './build/leaflet-tt-probe.mjs';
import { sectionModule } from './build/locale-section.mjs';
import { geolocationCommand } from './test/map/geolocation-command.mjs';

const engines = selectedEngines().map((name) => {
  const paths = findEngine(name);
  if (paths.missing) throw new Error(`${ENGINES[name].label}: no ${paths.missing}. Run \`npm test\` (it installs Debian's packages) or set the path.`);
  return [name, paths];
});
const production = process.env.CIVIC_LIT_MODE === 'production';

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

const launchers = {
  chromium: ({ browser }) =>
    chromeLauncher({
      launchOptions: {
        executablePath: browser,
        headless: true,
        args: [
          ...CHROME_FLAGS,
          // Keep timers and frames of a page at full speed even when it is not in front.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  firefox: ({ browser }) => firefoxLauncher({ executablePath: browser }),
  webkit: (paths) => webkitLauncher(paths),
};

const isJsonModule = (context) =>
  context.path.endsWith('.json') && (context.path.startsWith('/src/') || context.URL.searchParams.has('data'));
const isInlineCss = (context) => context.path.endsWith('.css') && context.URL.searchParams.has('inline');

/**
 * Files that run in Chromium only: what they test does not differ between engines. The
 * configurator's tools (a site owner's, not an element a visitor meets; its data editors were
 * the slowest file outside Chromium, WebKit 211 s of 17 min on a busy machine), the Storybook
 * stories (a docs tool: each story is an element the element tests already render in every
 * engine; Firefox 42 s, WebKit 90 s), and pure arithmetic or export lists with no DOM, CSS,
 * Intl or parser in them. Anything reading feeds (DOMParser, XML, encodings), text (Intl),
 * layout or CSS runs in all three.
 */
const CHROMIUM_ONLY = [
  'test/configurator/**',
  'test/stories.test.ts',
  'test/core/public-api.test.ts',
  'test/map/spread.test.ts',
  'test/components/partnership-panel/distance.test.ts',
];
/**
 * Lit's production mode differs from its development mode in Lit's own JavaScript (no dev
 * warnings or checks), not in what the engine does, so one engine carries it, over the tests
 * of what Lit renders: the elements, their controllers and shared UI, the element definitions
 * and the loader that defines them. Feed parsing, map data and the docs tools have no Lit in
 * their path.
 */
const PRODUCTION_FILES = ['test/components/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/controllers/**/*.test.ts', 'test/core/**/*.test.ts', 'test/loader/**/*.test.ts'];
const chromium = engines.some(([name]) => name === 'chromium');

export default {
  // scripts/test.mjs gives each runner its own free port; alone, the runner finds one from 8000.
  ...(process.env.CIVIC_TEST_PORT ? { port: Number(process.env.CIVIC_TEST_PORT) } : {}),
  files: [
    ...(production ? PRODUCTION_FILES : ['test/**/*.test.ts']),
    ...(chromium ? [] : CHROMIUM_ONLY.map((glob) => `!${glob}`)),
  ],
  nodeResolve: { exportConditions: production ? ['production', 'browser'] : ['development', 'browser'] },
  concurrency: 1, // background pages get no animation frames: one page at a time keeps rAF-driven tests honest
  // WebKit over WebDriver is the slowest here (axe over a whole panel story takes seconds).
  testFramework: { config: { timeout: engines.some(([name]) => name === 'webkit') ? 20000 : 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 2 * 60 * 1000, // Firefox and WebKit start slowly on a busy 2-core machine
  middleware: [testServerMiddleware],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    // a11ySnapshot(): Chrome's own accessibility tree (computed names), for tests that check exact names.
    a11ySnapshotPlugin(),
    engineCommandsPlugin(),
    geolocationCommand(),
    allStories,
    leafletTrustedTypesProbeWtr(),
    viteLikeImports,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: engines.map(([name, paths]) => launchers[name](paths)),
};
