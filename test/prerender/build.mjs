// The Node side of prerendering (src/prerender/) as `npx civic-widgets prerender` runs it:
// built with its own Vite config, once for all test files under `npm test`
// (CIVIC_PRERENDER_BUILD), or by a test file run alone into .cache/.
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const given = process.env.CIVIC_PRERENDER_BUILD;
const outDir = given ?? join(root, '.cache', `prerender-test-${process.pid}`);

/** Builds the prerenderer into `dir`. */
export const buildInto = (dir) =>
  build({ configFile: join(root, 'vite.prerender.config.ts'), root, logLevel: 'silent', build: { outDir: dir, emptyOutDir: true, sourcemap: false } });

let built;
/** `{ prerender, main, outDir }`: the built API and CLI. */
export function prerenderBuild() {
  built ??= (given ? Promise.resolve() : buildInto(outDir)).then(async () => ({
    ...(await import(pathToFileURL(join(outDir, 'index.js')).href)),
    ...(await import(pathToFileURL(join(outDir, 'cli.js')).href)),
    outDir,
  }));
  return built;
}
