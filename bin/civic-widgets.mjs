#!/usr/bin/env node
// `npx civic-widgets prerender <page.html> [-o out.html]`: see README ("Prerendering").
import { existsSync } from 'node:fs';

const cli = new URL('../dist/prerender/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('civic-widgets: dist/prerender/ is missing; in a checkout of the repository, run `npm run build` first.');
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
