// `npm run build-wordpress`: the installable plugin zip (Plugins → Add New → Upload Plugin).
// Builds the library (vite build: dist/civic-widgets.js and its chunks), copies it into the
// plugin with the ready themes, the locale files (for the fallback's words) and the JSON
// schemas (for checking data files), compiles the translations, and writes
// dist-wordpress/civic-widgets.zip. `--no-library` reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMo, PLUGIN } from './i18n.mjs';
import { zip } from './zip.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ZIP = join(ROOT, 'dist-wordpress', 'civic-widgets.zip');

/** Files under `dir`, relative, sorted. */
const walk = (dir, base = dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? [relative(base, path) + '/', ...walk(path, base)] : [relative(base, path)];
    });

function checkVersion() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const main = readFileSync(join(PLUGIN, 'civic-widgets.php'), 'utf8');
  const header = /\* Version:\s*(\S+)/.exec(main)?.[1];
  const constant = /const VERSION = '([^']+)'/.exec(main)?.[1];
  if (header !== version || constant !== version) {
    throw new Error(`civic-widgets.php says Version ${header} / VERSION ${constant}; package.json says ${version}. Make them equal.`);
  }
  return version;
}

export function buildPlugin({ library = true } = {}) {
  const version = checkVersion();
  if (library) {
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'civic-widgets.js'))) throw new Error('dist/civic-widgets.js is missing: run without --no-library');
  const lib = join(PLUGIN, 'lib');
  rmSync(lib, { recursive: true, force: true });
  // dist/ whole (the loader imports the elements and their chunks; themes live there too),
  // without source maps, the bundlers' declarations and manifest, and the Node prerenderer.
  const skip = /[/\\](types|prerender|custom-elements\.json)$|\.map$/;
  cpSync(dist, lib, { recursive: true, filter: (src) => !skip.test(src) });
  cpSync(join(ROOT, 'src/i18n/locales'), join(lib, 'locales'), { recursive: true });
  mkdirSync(join(lib, 'schema'));
  for (const file of readdirSync(join(ROOT, 'data/schema')).filter((f) => f.endsWith('.schema.json'))) {
    cpSync(join(ROOT, 'data/schema', file), join(lib, 'schema', file));
  }
  compileMo();
  const entries = ['civic-widgets/', ...walk(PLUGIN).map((path) => `civic-widgets/${path}`)]
    .filter((name) => !/\/\.[^/]+$/.test(name)) // no dotfiles
    .map((name) => ({ name, data: name.endsWith('/') ? undefined : readFileSync(join(PLUGIN, name.slice('civic-widgets/'.length))) }));
  mkdirSync(join(ROOT, 'dist-wordpress'), { recursive: true });
  writeFileSync(ZIP, zip(entries));
  return { version, files: entries.filter((e) => e.data).length, bytes: statSync(ZIP).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version, files, bytes } = buildPlugin({ library: !process.argv.includes('--no-library') });
  console.log(`${relative(ROOT, ZIP)}: Civic Widgets ${version}, ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
}
