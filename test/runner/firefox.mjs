// Firefox for @web/test-runner: the runner's own puppeteer launcher with puppeteer-core driving
// Firefox over WebDriver BiDi. BiDi has no media emulation, so `emulateMedia()` is answered by
// setting Firefox's own preferences for the colour scheme and reduced motion from the browser's privileged (chrome) scope, which `--remote-allow-system-access` opens.
// Preferences are browser-wide: fine, since one test page runs at a time (concurrency 1).
import puppeteer from 'puppeteer-core';
import { ChromeLauncher } from '@web/test-runner-chrome';

/** Firefox preference values for each emulated media feature value (none: Firefox's default). */
const PREFS = {
  // 'no-preference' is what Chromium's emulation gives too: the light scheme.
  'prefers-color-scheme': {
    pref: 'layout.css.prefers-color-scheme.content-override',
    values: { dark: 0, light: 1, 'no-preference': 1 },
  },
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
};
/** The media query that holds once a feature has the value. */
const query = (name, value) => `(${name}: ${name === 'prefers-color-scheme' && value === 'no-preference' ? 'light' : value})`;

async function chromeContext(connection) {
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  return result.contexts[0].context;
}

/**
 * Sets (or clears, for a default value) the preferences behind the given media features, and
 * waits until the page sees them: preferences reach the content process asynchronously.
 */
async function emulateMediaFeatures(browser, page, features = []) {
  const lines = [];
  for (const { name, value } of features) {
    const entry = PREFS[name];
    if (!entry) throw new Error(`Firefox cannot emulate the media feature ${name}.`);
    const target = entry.values[value];
    lines.push(target === undefined
      ? `Services.prefs.clearUserPref(${JSON.stringify(entry.pref)});`
      : `Services.prefs.setIntPref(${JSON.stringify(entry.pref)}, ${target});`);
  }
  if (!lines.length) return;
  const connection = browser.connection;
  const context = await chromeContext(connection);
  await connection.send('script.evaluate', {
    expression: `${lines.join('\n')} true`,
    target: { context },
    awaitPromise: false,
    'moz:scope': 'chrome',
  });
  const expected = features.filter(({ name, value }) => PREFS[name].values[value] !== undefined)
    .map(({ name, value }) => query(name, value));
  if (expected.length) {
    await page.waitForFunction((queries) => queries.every((q) => matchMedia(q).matches), { timeout: 5000, polling: 20 }, expected);
  } else {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Forced colours as Firefox's own "override the page's colours: always" gives them (what a
 * visitor picks in Settings, or gets from a high-contrast system theme), with a light or dark
 * palette for the page's text, background and links; null restores Firefox's defaults.
 */
export const FORCED_PALETTES = {
  light: { background: '#ffffff', foreground: '#000000', anchor: '#00009f', visited: '#551a8b', scheme: 1 },
  dark: { background: '#000000', foreground: '#ffffff', anchor: '#ffff00', visited: '#00ff00', scheme: 0 },
};
/** The preferences behind a forced palette, `[type, value]` each (value undefined: Firefox's default). */
export function forcedColorPrefs(palette) {
  const colors = palette && FORCED_PALETTES[palette];
  if (palette && !colors) throw new Error(`No forced-colours palette "${palette}".`);
  const prefs = {
    'browser.display.document_color_use': ['Int', colors && 2],
    'browser.display.use_system_colors': ['Bool', colors && false],
    'layout.css.prefers-color-scheme.content-override': ['Int', colors?.scheme],
  };
  for (const suffix of ['', '.dark']) {
    prefs[`browser.display.background_color${suffix}`] = ['Char', colors?.background];
    prefs[`browser.display.foreground_color${suffix}`] = ['Char', colors?.foreground];
    prefs[`browser.anchor_color${suffix}`] = ['Char', colors?.anchor];
    prefs[`browser.visited_color${suffix}`] = ['Char', colors?.visited];
  }
  return prefs;
}

async function emulateForcedColors(browser, page, palette) {
  const prefs = forcedColorPrefs(palette);
  const lines = Object.entries(prefs).map(([name, [type, value]]) => value === undefined
    ? `Services.prefs.clearUserPref(${JSON.stringify(name)});`
    : `Services.prefs.set${type}Pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  const connection = browser.connection;
  await connection.send('script.evaluate', {
    expression: `${lines.join('\n')} true`,
    target: { context: await chromeContext(connection) },
    awaitPromise: false,
    'moz:scope': 'chrome',
  });
  await page.waitForFunction((on) => matchMedia('(forced-colors: active)').matches === on, { timeout: 5000, polling: 20 }, !!palette);
}

/**
 * Gives the keyboard focus back to the page when a Tab has moved it out into Firefox's own
 * toolbar (headless Chromium and WebKit have no toolbar: their Tab stays in the page). Without
 * this, every later key press of the test file goes to the address bar.
 */
async function keepFocusInPage(browser, page) {
  if (await page.evaluate(() => document.hasFocus())) return;
  const connection = browser.connection;
  await connection.send('script.evaluate', {
    expression: 'gBrowser.selectedBrowser.focus(); true',
    target: { context: await chromeContext(connection) },
    awaitPromise: false,
    'moz:scope': 'chrome',
  });
  await page.waitForFunction(() => document.hasFocus(), { timeout: 5000, polling: 20 });
}

export function firefoxLauncher({ executablePath }) {
  return new ChromeLauncher(
    { browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'] },
    ({ browser }) => browser.defaultBrowserContext(),
    async ({ context, browser }) => {
      const page = await context.newPage();
      // The tab the tests run in must be the front one, or its document gets no focus events
      // and no :focus-visible (Firefox, unlike headless Chromium, has one focused tab): before
      // each test file, tabs a test opened (a link with target=_blank) are closed and ours
      // comes to the front again.
      const goto = page.goto.bind(page);
      page.goto = async (...args) => {
        for (const other of await browser.pages()) if (other !== page) await other.close().catch(() => {});
        await page.bringToFront();
        return goto(...args);
      };
      // Same size as Chromium's default puppeteer page, so layout tests see the same viewport.
      await page.setViewport({ width: 800, height: 600 });
      // puppeteer's BiDi keyboard knows ' ' but not the key name 'Space' that Chromium takes.
      for (const method of ['press', 'down', 'up']) {
        const original = page.keyboard[method].bind(page.keyboard);
        page.keyboard[method] = async (key, options) => {
          await original(key === 'Space' ? ' ' : key, options);
          if (key === 'Tab' && method !== 'down') await keepFocusInPage(browser, page);
        };
      }
      page.emulateMediaFeatures = (features) => emulateMediaFeatures(browser, page, features);
      page.emulateForcedColors = (palette) => emulateForcedColors(browser, page, palette);
      page.emulateMediaType = async (type) => {
        if (type) throw new Error(`Firefox over BiDi cannot emulate the media type ${type}.`);
      };
      return page;
    },
    puppeteer,
  );
}
