// The static Storybook as CI builds it (npm run build-storybook): the loading, error and
// "may be out of date" stories show those states without the test server, the docs tables
// list only the public API, and stories use the page font. Prints "e2e: N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { serve } from '../../bench/serve.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

const ELEMENTS = {
  'civic-news-ticker': { loading: 'loading', error: 'error-state', stale: 'stale' },
  'civic-article-cards': { loading: 'loading', error: 'error-state', stale: 'stale' },
  'civic-partnership-panel': { loading: 'loading', error: 'server-error', stale: 'stale' },
  'civic-attractions-map': { loading: 'loading', error: 'server-error', stale: 'stale' },
};
const INTERNAL = ['i18n', 'feed', 'shown', 'broken', 'jsonLd', 'motion', 'view', 'styles'];

const out = mkdtempSync(join(tmpdir(), 'civic-storybook-'));
let browser;
let server;
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
  execFileSync('npx', ['storybook', 'build', '-o', out, '--quiet', '--disable-telemetry'], { stdio: 'ignore', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  check('npm run build-storybook builds', existsSync(join(out, 'iframe.html')));
  server = await serve(out);
  browser = await launch();
  const errors = [];
  const story = async (id, mode = 'story') => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`${id}: ${error.message}`));
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=${mode}`, { waitUntil: 'networkidle0' });
    return page;
  };
  const stateOf = (page, tag) =>
    page.evaluate((t) => {
      const el = document.querySelector(t);
      const status = el?.shadowRoot?.querySelector('[part~="feed-status"]');
      return { state: el?.getAttribute('feed-state'), text: status?.innerText?.trim() ?? '' };
    }, tag);

  for (const [tag, ids] of Object.entries(ELEMENTS)) {
    for (const [wanted, id] of Object.entries(ids)) {
      const page = await story(`elements-${tag}--${id}`);
      // A loading story must still be loading after a while, not turned into an error.
      await new Promise((r) => setTimeout(r, wanted === 'loading' ? 2500 : 500));
      await page.waitForFunction((t, s) => document.querySelector(t)?.getAttribute('feed-state') === s, { timeout: 10000 }, tag, wanted).catch(() => {});
      const { state, text } = await stateOf(page, tag);
      const plain = !/HTTP|\b[45]\d\d\b/.test(text);
      check(`${tag} “${id}” shows the ${wanted} state in the static build${wanted === 'error' ? ', in plain words' : ''}`, state === wanted && (wanted !== 'error' || plain), `${state}: ${text.slice(0, 120)}`);
      await page.close();
    }
  }

  const docs = await story('elements-civic-article-cards--docs', 'docs');
  await docs.waitForSelector('.docblock-argstable', { timeout: 20000 }).catch(() => {});
  const rows = await docs.$$eval('.docblock-argstable tbody tr td:first-child', (cells) => cells.map((c) => c.textContent.trim().split(/\s/)[0]));
  const leaked = rows.filter((name) => INTERNAL.includes(name));
  check('the docs table lists the public API (layout, pageSize, items…) and no internal field', rows.includes('layout') && rows.includes('pageSize') && rows.includes('items') && leaked.length === 0, `rows: ${rows.join(', ')}`);
  await docs.close();

  const intro = await story('introduction--docs', 'docs');
  await intro.waitForFunction(() => document.body.innerText.includes('Ukrainian'), { timeout: 20000 }).catch(() => {});
  const introText = await intro.evaluate(() => document.body.innerText);
  check('the docs’ introduction names the four languages and the data editors', /Polish, German, English and Ukrainian/.test(introText) && /Partnership file/.test(introText) && /Attractions file/.test(introText), introText.slice(0, 160));
  await intro.close();

  const canvas = await story('elements-civic-news-ticker--ukrainian');
  const font = await canvas.evaluate(() => getComputedStyle(document.querySelector('civic-news-ticker')).fontFamily);
  check('stories render in the page font, not the browser’s serif', /system-ui/.test(font) && !/^serif|Times/.test(font), font);
  await canvas.close();
  check('no uncaught error in the stories', errors.length === 0, errors.join('; '));
} catch (error) {
  check('the static Storybook could be built and loaded', false, error.stack);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
