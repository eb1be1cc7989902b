// Test commands that need a word with each engine. The runner's built-in `setViewport`,
// `emulateMedia` and `sendKeys` down/up know only puppeteer and playwright, so WebKit
// (webdriver) gets them here; `emulate-forced-colors` (test/helpers/engines.ts) turns on forced
// colours with a light or dark palette in Chromium; `civic-screenshot` returns what is
// painted. WTR puts its own command plugins in front of ours: this one moves itself to the
// front of the runner's list at server start, or theirs would answer (and throw) first.

/** What WebKit shows with no emulation (a light scheme, animations on): asking for it needs no emulation. */
const WEBKIT_DEFAULTS = { colorScheme: ['light', 'no-preference'], reducedMotion: ['no-preference'] };

/** One CDP session per page, kept open: emulation ends with the session that set it. */
const cdpSessions = new WeakMap();

async function chromiumForcedColors(page, palette) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
    features: palette
      ? [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: palette }]
      : [{ name: 'forced-colors', value: 'none' }, { name: 'prefers-color-scheme', value: '' }],
  });
}

/** WebDriver's code points for the named keys tests press (a single character stands for itself). */
const WEBDRIVER_KEYS = {
  Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Space: ' ', Backspace: '\uE003', Delete: '\uE017',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
};
function keyValue(key) {
  if ([...key].length === 1) return key;
  if (!WEBDRIVER_KEYS[key]) throw new Error(`No WebDriver key for "${key}": add it to test/runner/engine-commands.mjs.`);
  return WEBDRIVER_KEYS[key];
}

export function engineCommandsPlugin() {
  const plugin = {
    name: 'civic-engine-commands',
    serverStart({ config }) {
      // The runner's command dispatcher (its API plugin) walks the test runner's plugin list.
      for (const list of config.plugins.map((p) => p.plugins).filter((l) => Array.isArray(l) && l.includes(plugin))) {
        list.splice(list.indexOf(plugin), 1);
        list.unshift(plugin);
      }
    },
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (browser.type === 'webdriver') {
        // Key presses as W3C key actions: modifiers held with `down` stay held for the next press.
        if (command === 'send-keys' && (payload.press || payload.down || payload.up)) {
          const value = keyValue(payload.press ?? payload.down ?? payload.up);
          const actions = payload.press
            ? [{ type: 'keyDown', value }, { type: 'keyUp', value }]
            : [{ type: payload.down ? 'keyDown' : 'keyUp', value }];
          await browser.driver.performActions([{ type: 'key', id: 'civic-keyboard', actions }]);
          return true;
        }
        // Typing: one key action per character, each sent on its own. webdriverio's keys() sends
        // them all in one action list, and WebKitGTK dropped some there (a repeated letter, a
        // space: "xyzzy" arrived as "xyzy", 52.2291 as 52.291).
        if (command === 'send-keys' && typeof payload.type === 'string') {
          for (const value of payload.type) {
            await browser.driver.performActions([{ type: 'key', id: 'civic-keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }]);
          }
          return true;
        }
        if (command === 'set-viewport') {
          await browser.setViewport(payload);
          return true;
        }
        if (command === 'emulate-media') {
          for (const [key, value] of Object.entries(payload)) {
            if (value != null && !WEBKIT_DEFAULTS[key]?.includes(value)) {
              throw new Error(`WebKit over WebDriver cannot emulate ${key}: ${value} (skip the test there).`);
            }
          }
          return true;
        }
      }
      if (command === 'civic-screenshot') {
        // A PNG (base64) of part of the page, in CSS pixels: what the visitor sees there.
        const clip = payload.clip;
        if (browser.type === 'webdriver') return browser.driver.takeScreenshot(); // whole viewport
        return browser.getPage(session.id).screenshot({ clip, encoding: 'base64', captureBeyondViewport: true });
      }
      if (command === 'emulate-forced-colors') {
        const palette = payload?.palette ?? null; // 'light' | 'dark' | null (off)
        if (browser.type !== 'puppeteer') throw new Error(`${browser.name} cannot emulate forced colors here.`);
        const page = browser.getPage(session.id);
        // Firefox: its own preferences (test/runner/firefox.mjs); Chromium: CDP's emulation.
        await (page.emulateForcedColors ? page.emulateForcedColors(palette) : chromiumForcedColors(page, palette));
        return true;
      }
    },
  };
  return plugin;
}
