// Prerenders every HTML page under a folder, in place: node prerender-folder.mjs public https://www.sochaczew.pl/
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { prerender } from 'civic-widgets/prerender';

const [folder = 'public', site = 'https://www.sochaczew.pl/'] = process.argv.slice(2);
let skipped = 0;
for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const page = await readFile(file, 'utf8');
  if (!page.includes('<civic-')) continue;
  const result = await prerender(page, {
    file, // "data/news.json" is the file beside the page
    root: folder, // "/data/news.json" is the file in the folder
    baseUrl: new URL(relative(folder, file).replaceAll('\\', '/'), site).href,
    timeZone: 'Europe/Warsaw',
  });
  for (const line of result.problems) console.warn(`${file}: ${line}`);
  // Whole or not at all: visitors never get a half-written page.
  await writeFile(`${file}.tmp`, result.html);
  await rename(`${file}.tmp`, file);
  const done = result.elements.filter((element) => element.status === 'rendered').length;
  skipped += result.elements.length - done;
  console.log(`${file}: ${done} of ${result.elements.length} elements prerendered`);
}
process.exitCode = skipped ? 2 : 0; // an element left as it was (its line is above)
