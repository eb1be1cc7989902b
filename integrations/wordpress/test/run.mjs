// `npm run test:wordpress`: the plugin in a real WordPress (Debian 12's wordpress 6.1, MariaDB,
// Apache with mod_php), driven in Chromium as an editor and a visitor would. Installs the
// Debian packages when root and missing; starts a private MariaDB and Apache on 127.0.0.1 with
// free ports in a temporary folder; creates a Polish site; uploads the zip from
// `npm run build-wordpress` in wp-admin and activates it; then checks (see checks.mjs). Stops
// everything it started, also on failure or Ctrl-C; nothing outlives a run, so it can run
// again at once. Prints "e2e: N passed, N failed" and the time of each phase.
//   CIVIC_WP_KEEP=1    keep the temporary folder (logs, database) after the run
//   CIVIC_WP_HOLD=600  after a failure, keep the servers running this many seconds (to look around)
//   CIVIC_WP_SCREENSHOT=docs/wordpress-block-editor.png   also write the README screenshot
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensurePackages, WORDPRESS } from './packages.mjs';
import { freePort, startApache, startMariaDb } from './servers.mjs';
import { createSiteFiles, giveToWebUser, runPhp } from './wordpress.mjs';
import { buildPlugin, ZIP } from '../build.mjs';
import { PLUGIN, checkTranslations } from '../i18n.mjs';
import { launch } from '../../../bench/browser.mjs';
import { runChecks } from './checks.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const started = Date.now();
const phases = [];
const phase = async (name, work) => {
  const from = Date.now();
  try {
    return await work();
  } finally {
    phases.push(`${name} ${((Date.now() - from) / 1000).toFixed(1)} s`);
  }
};

const results = [];
export const check = (name, ok, detail = '') => {
  results.push({ name, ok: Boolean(ok) });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${String(detail).split('\n').join('\n      ')}`}`);
  return Boolean(ok);
};

const servers = [];
let browser;
let dir;
let stopping;
async function stopAll() {
  stopping ??= (async () => {
    await browser?.close().catch(() => {});
    for (const server of servers.reverse()) await server.stop().catch(() => {});
    if (dir && !process.env.CIVIC_WP_KEEP) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    else if (dir) console.log(`kept ${dir}`);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    console.error(`\n${signal}: stopping the test servers…`);
    await stopAll();
    process.exit(130);
  });
}

let failure;
try {
  await phase('Debian packages', () => ensurePackages());
  await phase('checks of the source', () => {
    // php -l on every PHP file of the plugin and the test.
    const phpFiles = spawnSync('find', [PLUGIN, HERE, '-name', '*.php', '-not', '-path', '*/lib/*'], { encoding: 'utf8' }).stdout.trim().split('\n');
    const bad = phpFiles.map((file) => [file, spawnSync('php', ['-l', file], { encoding: 'utf8' })]).filter(([, r]) => r.status !== 0);
    check(`php -l passes on all ${phpFiles.length} PHP files`, phpFiles.length > 10 && !bad.length, bad.map(([f, r]) => `${f}: ${r.stdout}${r.stderr}`).join('\n'));
    const problems = checkTranslations();
    check('every plugin string is translated in pl_PL and de_DE, none left over', !problems.length, problems.join('\n'));
  });
  const built = await phase('npm run build-wordpress', () => buildPlugin({ library: !process.argv.includes('--no-library') }));
  console.log(`  plugin zip: ${built.files} files, ${(built.bytes / 1024).toFixed(0)} KB`);

  const site = await phase('MariaDB + Apache + WordPress install', async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-wp-'));
    const [dbPort, webPort] = [await freePort(), await freePort()];
    const db = { port: dbPort, database: 'wordpress', user: 'civic', password: randomBytes(12).toString('hex') };
    servers.push(await startMariaDb(dir, db));
    const url = `http://127.0.0.1:${webPort}`;
    const files = createSiteFiles(dir, { url, db });
    servers.push(await startApache(dir, { port: webPort, docRoot: files.root, prepend: files.prepend, phpLog: files.phpLog, allow: [WORDPRESS] }));
    const password = randomBytes(12).toString('base64url');
    const env = { CIVIC_WP_PASSWORD: password };
    // A copy the web server's user can read wherever the working tree lives (a CI clone in /root).
    const setup = join(dir, 'site-setup.php');
    copyFileSync(join(HERE, 'site.php'), setup);
    runPhp(files, setup, ['install'], env);
    const content = JSON.parse(runPhp(files, setup, ['content'], env));
    giveToWebUser(files.content);
    const setLocale = (locale) => runPhp(files, setup, ['locale', locale], env);
    return { ...files, url, password, content, dir, setLocale };
  });
  console.log(`  WordPress at ${site.url} (${site.dir})`);
  if (process.env.CIVIC_WP_HOLD) console.log(`  password: ${site.password}`);

  browser = await launch();
  await runChecks({ browser, site, zip: ZIP, check, phase });
} catch (error) {
  failure = error;
  check('the test ran to the end', false, error.stack ?? String(error));
} finally {
  if (dir && failure) {
    for (const log of ['logs/php-errors.log', 'apache-error.log', 'mysql-error.log']) {
      try {
        const text = readFileSync(join(dir, log), 'utf8').trim();
        if (text) console.log(`\n--- ${log} (last lines) ---\n${text.split('\n').slice(-15).join('\n')}`);
      } catch {
        // that log was not written: nothing to show
      }
    }
  }
  if (results.some((r) => !r.ok) && process.env.CIVIC_WP_HOLD) {
    console.log(`holding the servers for ${process.env.CIVIC_WP_HOLD} s (CIVIC_WP_HOLD)`);
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.CIVIC_WP_HOLD) * 1000));
  }
  await stopAll();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nWordPress test: ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`);
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
