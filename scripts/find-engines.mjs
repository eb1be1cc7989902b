// The three browser engines the element tests run in: where each is looked for, the variable
// that overrides it, and the Debian packages that bring it. `CIVIC_BROWSERS=chromium,firefox`
// picks some of them (all three when unset).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_CANDIDATES } from './find-chrome.mjs';

/** One file an engine needs: an override variable first, then the usual paths. */
const file = (env, candidates) => ({ env, candidates });

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    files: { browser: file('CHROME_PATH', CHROME_CANDIDATES) },
    packages: ['chromium'],
  },
  firefox: {
    label: 'Firefox',
    files: { browser: file('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr']) },
    packages: ['firefox-esr'],
  },
  webkit: {
    label: 'WebKit',
    // WebKitGTK's WebDriver starts MiniBrowser, a real GTK window: it needs an X display, hence Xvfb.
    files: {
      driver: file('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
      browser: file('MINIBROWSER_PATH', [
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ]),
      xvfb: file('XVFB_PATH', ['/usr/bin/Xvfb']),
    },
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** The engines asked for in CIVIC_BROWSERS (comma-separated), or all; an unknown name throws. */
export function selectedEngines(value = process.env.CIVIC_BROWSERS) {
  if (!value?.trim()) return ENGINE_NAMES;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`CIVIC_BROWSERS names ${unknown.join(', ')}; known engines: ${ENGINE_NAMES.join(', ')}.`);
  return [...new Set(names)];
}

/** `{ browser, driver?, xvfb? }` paths of one engine, or `{ missing }` naming what is not there. */
export function findEngine(name) {
  const found = {};
  for (const [role, { env, candidates }] of Object.entries(ENGINES[name].files)) {
    const fromEnv = process.env[env];
    const path = fromEnv ? (existsSync(fromEnv) ? fromEnv : undefined) : candidates.find((p) => existsSync(p));
    if (!path) return { missing: fromEnv ? `${env}=${fromEnv} (no file there)` : `${role} (${env} or ${candidates[0]})` };
    found[role] = path;
  }
  return found;
}

/**
 * Finds each engine, installing the missing ones' Debian packages in one apt-get run when we
 * are root on Debian/Ubuntu. Returns `{ found: {name: paths}, problems: [one line each] }`.
 */
export function ensureEngines(names) {
  const missing = names.filter((name) => findEngine(name).missing);
  const overridden = missing.filter((name) => Object.values(ENGINES[name].files).some(({ env }) => process.env[env]));
  const installable = missing.filter((name) => !overridden.includes(name));
  const isRoot = process.getuid?.() === 0;
  if (installable.length && process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    const packages = installable.flatMap((name) => ENGINES[name].packages);
    console.log(`Installing Debian's ${packages.join(', ')} with apt-get for ${installable.map((n) => ENGINES[n].label).join(', ')} (a minute or two)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
    const started = Date.now();
    if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
      console.error('apt-get could not install them.');
    } else {
      console.log(`Installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    }
  }
  const found = {};
  const problems = [];
  for (const name of names) {
    const engine = findEngine(name);
    if (engine.missing) {
      const hint = `Debian/Ubuntu: \`sudo apt-get install ${ENGINES[name].packages.join(' ')}\``;
      problems.push(`${ENGINES[name].label} cannot run: no ${engine.missing}. Install it (${hint}), set the variable, or leave it out with CIVIC_BROWSERS (never in CI).`);
    } else {
      found[name] = engine;
    }
  }
  return { found, problems };
}
