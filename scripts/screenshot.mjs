// Screenshots a page: node scripts/screenshot.mjs URL OUT.png [width] [light|dark|forced-light|forced-dark]
// in headless Chromium, or in Firefox or WebKit with ENGINE=firefox|webkit (WebKit through
// WebDriver's screenshot endpoint: the viewport only, 2000 px tall). For looking at what the
// widgets show a person, in each engine, language and colour scheme.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { launch } from '../bench/browser.mjs';
import { findEngine } from './find-engines.mjs';
import { startDriver, startXvfb } from '../test/runner/webkit.mjs';
import { forcedColorPrefs } from '../test/runner/firefox.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const engine = process.env.ENGINE ?? 'chromium';
if (!url || !out) {
  console.error('usage: [ENGINE=chromium|firefox|webkit] node scripts/screenshot.mjs URL OUT.png [width] [light|dark|forced-light|forced-dark]');
  process.exit(1);
}
const forced = scheme.startsWith('forced-');
const colorScheme = scheme.replace('forced-', '');
if (engine === 'webkit') {
  if (scheme !== 'light') throw new Error('WebKitWebDriver cannot emulate a colour scheme: light only.');
  await webkitShot();
} else {
  await puppeteerShot();
}

async function puppeteerShot() {
  const browser = engine === 'firefox'
    ? await puppeteer.launch({ browser: 'firefox', executablePath: findEngine('firefox').browser, headless: true,
        extraPrefsFirefox: {
          'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
          // Forced colours as the test runner sets them (Firefox's "override colours: always").
          ...(forced ? Object.fromEntries(Object.entries(forcedColorPrefs(colorScheme)).map(([name, [, value]]) => [name, value])) : {}),
        } })
    : await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: 900 });
    if (engine !== 'firefox') {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-color-scheme', value: colorScheme }, ...(forced ? [{ name: 'forced-colors', value: 'active' }] : [])],
      });
    }
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
    await new Promise((r) => setTimeout(r, 500));
    // CLIP=y,height takes one band of the page instead of all of it (easier to read).
    const clip = process.env.CLIP?.split(',').map(Number);
    await page.screenshot(clip ? { path: out, clip: { x: 0, y: clip[0], width: Number(width), height: clip[1] }, captureBeyondViewport: true } : { path: out, fullPage: true });
  } finally {
    await browser.close();
  }
}

async function webkitShot() {
  const paths = findEngine('webkit');
  const xvfb = await startXvfb(paths.xvfb);
  const driver = await startDriver(paths.driver, xvfb.display);
  const base = `http://127.0.0.1:${driver.port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new Error(`${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  try {
    const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: {
      browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] } } } });
    const s = `/session/${sessionId}`;
    await call('POST', `${s}/window/rect`, { width: Number(width), height: 2000 });
    await call('POST', `${s}/url`, { url });
    // No network-idle signal over WebDriver: wait until every civic element is defined and settled.
    // The CDN loader loads a far-below element only when the visitor comes near: go past each once.
    await call('POST', `${s}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('civic-'));
        const tags = [...new Set(els.map((e) => e.localName))];
        els.forEach((e) => e.scrollIntoView());
        Promise.all(tags.map((t) => customElements.whenDefined(t))).then(() => { scrollTo(0, 0); setTimeout(done, 1500); });`,
      args: [],
    });
    const y = Number(process.env.CLIP?.split(',')[0] ?? 0);
    await call('POST', `${s}/execute/sync`, { script: 'window.scrollTo(0, arguments[0])', args: [y] });
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(out, Buffer.from(await call('GET', `${s}/screenshot`), 'base64'));
    await call('DELETE', s);
  } finally {
    driver.process.kill();
    xvfb.process.kill();
  }
}
