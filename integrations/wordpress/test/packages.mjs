// The Debian packages a real WordPress (and its test) needs here: checked by the files they install, installed
// with apt-get when we are root (without starting their system services), explained otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome } from '../../../scripts/find-chrome.mjs';

export const WORDPRESS = '/usr/share/wordpress';
const MODULES = '/usr/lib/apache2/modules';

const PACKAGES = [
  ['wordpress', () => existsSync(`${WORDPRESS}/wp-settings.php`)],
  ['wordpress-l10n', () => existsSync(`${WORDPRESS}/wp-content/languages/pl_PL.mo`)],
  ['wordpress-theme-twentytwentythree', () => existsSync(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`)],
  ['mariadb-server', () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db')],
  ['apache2', () => existsSync('/usr/sbin/apache2')],
  ['libapache2-mod-php', () => Boolean(phpModule())],
  ['php-cli', () => existsSync('/usr/bin/php')],
  ['php-mysql', () => existsSync('/usr/bin/php') && spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout?.includes('mysqli')],
  // The browser the checks drive (npm test installs it too).
  ['chromium', () => Boolean(findChrome())],
];

/** Apache's PHP module (libphp8.2.so on Debian 12), or undefined. */
export function phpModule() {
  if (!existsSync(MODULES)) return undefined;
  const name = readdirSync(MODULES).find((file) => /^libphp[\d.]*\.so$/.test(file));
  return name && `${MODULES}/${name}`;
}

const missing = () => PACKAGES.filter(([, present]) => !present()).map(([name]) => name);

/**
 * Makes sure every package is there. As root on Debian/Ubuntu it installs the missing ones
 * (a policy-rc.d keeps apt from starting the system's own Apache and MariaDB, which this test
 * does not use); otherwise it exits with the one command to run.
 */
export function ensurePackages() {
  let absent = missing();
  if (!absent.length) return;
  const command = `apt-get install -y ${absent.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`WordPress test: missing Debian packages ${absent.join(', ')}.\nInstall them with \`sudo ${command}\` and run \`npm run test:wordpress\` again.`);
    process.exit(1);
  }
  console.log(`WordPress test: installing ${absent.join(', ')} with apt-get (a minute or two)…`);
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
    if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', ...absent])) {
      console.error(`WordPress test: \`${command}\` failed.`);
      process.exit(1);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  absent = missing();
  if (absent.length) {
    console.error(`WordPress test: still missing after apt-get: ${absent.join(', ')}.`);
    process.exit(1);
  }
}
