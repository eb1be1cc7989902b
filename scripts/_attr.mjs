import { readFileSync, readdirSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
const dir = '/tmp/elb/elements/';
const files = process.argv.slice(2);
const bySrc = {};
for (const f of files) {
  const code = readFileSync(dir + f, 'utf8');
  const map = new TraceMap(readFileSync(dir + f + '.map', 'utf8'));
  const lines = code.split('\n');
  const ratio = gzipSync(code, { level: 9 }).length / code.length;
  lines.forEach((line, li) => {
    let last = null, start = 0;
    for (let c = 0; c <= line.length; c += 1) {
      const pos = c < line.length ? originalPositionFor(map, { line: li + 1, column: c }) : null;
      const src = pos?.source ?? last;
      if (src !== last || c === line.length) {
        if (last) bySrc[last] = (bySrc[last] || 0) + (c - start) * ratio;
        last = src; start = c;
      }
      // skip ahead quickly
    }
  });
}
const g = {};
for (const [s, n] of Object.entries(bySrc)) {
  const k = s.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, 'npm:$1').replace(/.*\/src\//, 'src/');
  g[k] = (g[k] || 0) + n;
}
let total = 0;
for (const [k, n] of Object.entries(g).sort((a, b) => b[1] - a[1])) { total += n; console.log(String(Math.round(n)).padStart(6), k); }
console.log(Math.round(total), 'total (approx gz)');
