// `npm run bench`: runs every benchmark in this folder one after another, each printing
// its own table. Figures are for reading and for the README, never asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const LIBRARIES = new Set(['run.mjs', 'serve.mjs', 'browser.mjs', 'lighthouse.mjs', 'snippet-page.mjs', 'hostile-feeds-list.mjs', 'dev-server.mjs']);
const only = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((file) => file.endsWith('.mjs') && !LIBRARIES.has(file))
  .filter((file) => !only.length || only.some((name) => file.includes(name)))
  .sort();

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file}`);
  const { status } = spawnSync('node', [`bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
