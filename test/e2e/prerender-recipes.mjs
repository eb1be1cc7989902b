// The README's prerendering recipes, run as written on the built demo, with the package as a
// site installs it (node_modules/civic-widgets, its `civic-widgets` command): the nightly
// crontab line (taken from README itself), the plain Node script over a folder, the
// prerendering proxy in front of a CMS (test/e2e/prerender-recipes/, which README quotes
// verbatim) and the Eleventy transform (test/e2e/eleventy/). The browser side of a
// prerendered page is test/e2e/prerender.mjs. Run by `npm test`; prints "e2e: N passed, N failed".
import { build } from 'vite';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '../../bench/serve.mjs';
import { buildInto } from '../prerender/build.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};
const README = readFileSync('README.md', 'utf8');
const RECIPES = 'test/e2e/prerender-recipes';
const roots = (html) => (html.match(/<template shadowrootmode="open">/g) ?? []).length;
const quoted = (file) => README.includes(readFileSync(file, 'utf8').trim());
/** The code block after a README heading. */
const block = (heading, lang) => {
  const at = README.indexOf(heading);
  const start = README.indexOf(`\`\`\`${lang}\n`, at);
  return at < 0 || start < 0 ? '' : README.slice(start + lang.length + 4, README.indexOf('\n```', start));
};

const work = mkdtempSync(join(tmpdir(), 'civic-prerender-recipes-'));
const site = join(work, 'site');
// The package as installed: package.json, bin/ and dist/prerender, inside the project so
// that Node finds its dependencies (lit, @lit-labs/ssr) as an installed package's.
const pkg = join(process.cwd(), '.cache', `prerender-recipes-${process.pid}`);
/** A site project with civic-widgets installed in node_modules. */
const project = (name) => {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(pkg, join(dir, 'node_modules', 'civic-widgets'), 'dir');
  symlinkSync('../civic-widgets/bin/civic-widgets.mjs', join(dir, 'node_modules', '.bin', 'civic-widgets'));
  return dir;
};
const children = [];
const servers = [];
try {
  await build({ mode: 'demo', logLevel: 'silent', build: { outDir: site, emptyOutDir: true } });
  await buildInto(join(pkg, 'dist', 'prerender'));
  cpSync('package.json', join(pkg, 'package.json'));
  cpSync('bin', join(pkg, 'bin'), { recursive: true });
  const demo = readFileSync(join(site, 'index.html'), 'utf8');

  // ── a nightly job: the crontab lines in README, run by sh as cron would ─────────────
  {
    const dir = project('nightly');
    cpSync(site, join(dir, 'public'), { recursive: true });
    writeFileSync(join(dir, 'public', 'en.html'), demo.replace('<html lang="pl">', '<html lang="en">'));
    const crontab = block('### Recipe: a nightly job', 'crontab').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    const env = { HOME: work, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` };
    for (const line of crontab.filter((l) => /^\w+=/.test(l))) {
      const [name, value] = line.split(/=(.*)/);
      env[name] = name === 'PATH' ? `${dirname(process.execPath)}:${value}` : value;
    }
    const jobs = crontab.filter((l) => !/^\w+=/.test(l)).map((l) => l.split(/\s+/).slice(5).join(' ').replaceAll('/srv/www/sochaczew', dir));
    const runJob = () => jobs.map((command) => spawnSync('/bin/sh', ['-c', command], { env, encoding: 'utf8' }).status);
    const first = runJob();
    const pages = ['index.html', 'en.html'].map((file) => readFileSync(join(dir, 'public', file), 'utf8'));
    const log = (() => { try { return readFileSync(join(work, 'civic-prerender.log'), 'utf8'); } catch { return ''; } })();
    check('nightly job (README crontab): every page in public/ prerendered in place, its language, absolute links, a line per page in the log',
      jobs.length === 1 && first.every((s) => s === 0) && pages.every((p) => roots(p) === 4) && /<html lang="en">/.test(pages[1]) && pages[1].includes('Read more') &&
        pages[0].includes('src="https://www.sochaczew.pl/data/images/') && (log.match(/4 of 4 elements prerendered/g) ?? []).length === 2,
      `${jobs.length} job(s), status ${first}, roots ${pages.map(roots)}; log: ${log.trim().split('\n').slice(-2).join(' | ')}`);
    // The next night runs over last night's output.
    const second = runJob();
    const again = ['index.html', 'en.html'].map((file) => readFileSync(join(dir, 'public', file), 'utf8'));
    check('nightly job, the next night: the earlier prerender is replaced, not doubled',
      second.every((s) => s === 0) && again.every((p) => roots(p) === 4) && again.every((p, i) => Math.abs(p.length - pages[i].length) < 200),
      `roots ${again.map(roots)}, sizes ${pages.map((p) => p.length)} → ${again.map((p) => p.length)}`);
  }

  // ── a plain Node script over a folder (README quotes it) ─────────────────────────────
  {
    const dir = project('folder');
    const pub = join(dir, 'public');
    cpSync(site, pub, { recursive: true });
    // A page one folder down whose feeds are addressed from the site's root.
    mkdirSync(join(pub, 'de', 'aktuelles'), { recursive: true });
    writeFileSync(join(pub, 'de', 'aktuelles', 'index.html'), demo.replace('<html lang="pl">', '<html lang="de">').replaceAll('src="data/', 'src="/data/'));
    writeFileSync(join(pub, 'impressum.html'), '<!doctype html><html lang="pl"><title>Impressum</title><p>Nothing to prerender.</p></html>');
    // A page whose feed is missing: its line, the other pages still done, status 2.
    writeFileSync(join(pub, 'broken.html'), demo.replace('src="data/attractions.geojson"', 'src="data/missing.geojson"'));
    cpSync(join(RECIPES, 'prerender-folder.mjs'), join(dir, 'prerender-folder.mjs'));
    const run = spawnSync(process.execPath, ['prerender-folder.mjs', 'public', 'https://www.sochaczew.pl/'], { cwd: dir, encoding: 'utf8' });
    const read = (file) => readFileSync(join(pub, file), 'utf8');
    const de = read('de/aktuelles/index.html');
    const broken = read('broken.html');
    check('plain Node script (README): every page under the folder prerendered, feeds from the root for /… addresses, links absolute',
      quoted(join(RECIPES, 'prerender-folder.mjs')) && roots(read('index.html')) === 4 && roots(de) === 4 && de.includes('Weiterlesen') && de.includes('src="https://www.sochaczew.pl/data/images/') &&
        read('impressum.html').includes('Nothing to prerender') && roots(read('impressum.html')) === 0,
      `${run.stdout.trim().split('\n').join(' | ')} ${run.stderr.trim().slice(0, 300)}`);
    check('plain Node script: a missing feed leaves that element as it was, says which page and why, exits 2',
      run.status === 2 && roots(broken) === 3 && /broken\.html: .*missing\.geojson/.test(run.stderr) && !/Error:|at .*\.mjs/.test(run.stderr),
      `status ${run.status}; ${run.stderr.trim().slice(0, 300)}`);
  }

  // ── a prerendering proxy in front of a CMS (README quotes it) ──────────────────────
  {
    const dir = project('proxy');
    cpSync(join(RECIPES, 'prerender-proxy.mjs'), join(dir, 'prerender-proxy.mjs'));
    const requests = [];
    const cms = await serve(site, { delayMs: (path) => (requests.push(path), 0) });
    servers.push(cms);
    const child = spawn(process.execPath, ['prerender-proxy.mjs'], { cwd: dir, env: { ...process.env, CMS: cms.url, PORT: '0' } });
    children.push(child);
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => { const m = /on (http:\/\/\S+)/.exec(String(d)); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`the proxy exited (${code}): ${output}`)));
      setTimeout(() => reject(new Error(`the proxy did not start: ${output}`)), 20000);
    });
    const page = await fetch(`${url}/index.html`);
    const html = await page.text();
    const started = performance.now();
    const cached = await (await fetch(`${url}/index.html`)).text();
    const cachedMs = performance.now() - started;
    const feed = await fetch(`${url}/data/news.json`);
    const feedSame = (await feed.text()) === readFileSync(join(site, 'data', 'news.json'), 'utf8');
    const post = await fetch(`${url}/index.html`, { method: 'POST', body: 'x' });
    const missing = await fetch(`${url}/nothing-here.html`);
    check('CMS proxy (README): a page comes out prerendered, its feeds read from the CMS, links on the public address',
      quoted(join(RECIPES, 'prerender-proxy.mjs')) && page.status === 200 && /text\/html/.test(page.headers.get('content-type')) && roots(html) === 4 &&
        html.includes('src="https://www.sochaczew.pl/data/images/') && requests.includes('/data/news.json') && requests.includes('/data/attractions.geojson'),
      `status ${page.status}, ${roots(html)} roots; CMS saw ${requests.slice(0, 6).join(' ')}; ${output.slice(0, 300)}`);
    check(`CMS proxy: the next visitor gets the kept page (${Math.round(cachedMs)} ms); a feed passes unchanged; POST is refused; a 404 stays a 404`,
      cached === html && requests.filter((p) => p === '/index.html').length === 1 && feed.status === 200 && feedSame && post.status === 405 && missing.status === 404,
      `${requests.filter((p) => p === '/index.html').length} page loads, feed ${feed.status} ${feedSame}, POST ${post.status}, missing ${missing.status}`);
  }

  // ── the Eleventy transform (test/e2e/eleventy/, README quotes it), run with Eleventy ─
  {
    const dir = project('eleventy');
    cpSync('test/e2e/eleventy', dir, { recursive: true });
    cpSync('data', join(dir, 'src', 'data'), { recursive: true });
    const eleventy = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=eleventy.config.mjs', '--quiet'], { cwd: dir, encoding: 'utf8' });
    let out = '';
    try {
      out = readFileSync(join(dir, '_site', 'index.html'), 'utf8');
    } catch {
      /* checked below */
    }
    const jsonLd = /<script type="application\/ld\+json" data-civic-json-ld>([\s\S]*?)<\/script>/.exec(out)?.[1];
    const firstUrl = jsonLd ? JSON.parse(jsonLd).itemListElement[0].item.image : '';
    const config = readFileSync('test/e2e/eleventy/eleventy.config.mjs', 'utf8').replace(/^(\/\/.*\n)+/, '');
    check('Eleventy recipe (README): the page Eleventy writes holds both elements prerendered, JSON-LD with absolute addresses',
      README.includes(config.trim()) && eleventy.status === 0 && roots(out) === 2 && /^https:\/\/www\.sochaczew\.example\//.test(firstUrl ?? '') && !/\[civic-widgets\]/.test(eleventy.stderr),
      `quoted ${README.includes(config.trim())}, status ${eleventy.status}, ${roots(out)} roots, ${firstUrl}; ${eleventy.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
} catch (error) {
  check('the prerender recipes run finished', false, error.stack);
} finally {
  for (const child of children) child.kill();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(pkg, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
