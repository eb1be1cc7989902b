// Every test file runs in Chromium, Firefox and WebKit. A test that needs something one engine
// (or its automation) lacks is skipped there with the missing feature in its title, never
// silently: `needs('constructible TouchEvent')('scrolls with one finger', async () => …)`.
import { executeServerCommand } from '@web/test-runner-commands';

const ua = navigator.userAgent;
/** The engine this page runs in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = ua.includes('Firefox/')
  ? 'firefox'
  : ua.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

function canMakeTouches() {
  try {
    return new TouchEvent('touchstart', { touches: [new Touch({ identifier: 0, target: document.body })] }).touches.length === 1;
  } catch {
    return false;
  }
}

const FEATURES = {
  /** a11ySnapshot() reads Chrome's computed accessibility tree (CDP); BiDi and WebDriver have none. */
  "Chrome's accessibility tree": engine === 'chromium',
  /** emulateMedia() for a dark scheme or reduced motion: WebKitWebDriver cannot emulate media. */
  'media emulation': engine !== 'webkit',
  /** :focus-visible after WebDriver's key presses: WebKitGTK does not count them as keyboard use. */
  'focus-visible after automated keys': engine !== 'webkit',
  /** Forced colours (Windows High Contrast) with a chosen palette: Chromium's CDP, Firefox's colour preferences; WebKitWebDriver has none. */
  'forced-colors emulation': engine !== 'webkit',
  /** Touch events a test can make (new Touch / new TouchEvent): desktop Firefox and WebKitGTK have none. */
  'constructible TouchEvent': canMakeTouches(),
  'Trusted Types': 'trustedTypes' in window,
  /** CSP violation reports for markup parsed by DOMParser (the probe's own check): Chromium's behaviour. */
  'CSP reports from DOMParser documents': engine === 'chromium',
  /** A position the browser itself reports (set-geolocation, test/map/geolocation-command.mjs): Chromium's CDP override. */
  'geolocation override': engine === 'chromium',
} as const;

export type Feature = keyof typeof FEATURES;

/** Whether this engine has the feature (for hooks of a suite whose tests all need it). */
export const has = (feature: Feature) => FEATURES[feature];

/** `it`, or, where this engine lacks one of `features`, a skipped `it` whose title names them. */
export function needs(...features: Feature[]): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  const missing = features.filter((feature) => !FEATURES[feature]);
  if (!missing.length) return (title, fn) => it(title, fn);
  return (title, fn) => it.skip(`${title} (needs ${missing.join(', ')})`, fn);
}

/** Forced colours with a light or dark system palette, or off (null). See test/runner/engine-commands.mjs. */
export function emulateForcedColors(palette: 'light' | 'dark' | null) {
  return executeServerCommand('emulate-forced-colors', { palette });
}

/** A point inside the viewport, below the fixtures at the top: where the pointer goes to leave them. */
export function awayFromFixtures(): [number, number] {
  return [5, window.innerHeight - 5];
}
