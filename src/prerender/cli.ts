/**
 * `civic-widgets prerender <page.html> [-o out.html] [options]`: the page is written back
 * (to itself, or to `-o`) with its elements prerendered. One line per element left as it
 * was; the page is written whole or not at all (a temporary file renamed into place).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { prerender, type PrerenderOptions } from './index.js';

const USAGE = `Usage: civic-widgets prerender <page.html> [-o out.html] [options]

Writes the page back with every civic-widgets element rendered in (declarative shadow DOM):
readable without JavaScript and by search engines, painted at once. Feeds are read from
their URL, or from files beside the page for relative addresses.

Options:
  -o, --out <file>      write here instead of over the page ("-" for standard output)
  --base-url <url>      the page's public address: links come out absolute, and relative
                        feeds with no file beside the page are fetched from there
  --root <dir>          folder that "/…" feed addresses are read from (default: the page's)
  --time-zone <zone>    time zone for dates, e.g. Europe/Warsaw (default: this machine's)
  --timeout <seconds>   per feed (default 10)
  --strict              exit with status 2 when an element was left as it was
  --csp                 print the style-src sources a strict Content-Security-Policy needs
  -h, --help            this text`;

interface Args {
  page?: string;
  out?: string;
  strict: boolean;
  csp: boolean;
  options: PrerenderOptions;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { strict: false, csp: false, options: {} };
  const rest = [...argv];
  if (rest[0] !== 'prerender') return rest[0] === undefined || /^(-h|--help|help)$/.test(rest[0]) ? '' : `unknown command "${rest[0]}"`;
  rest.shift();
  while (rest.length) {
    const arg = rest.shift()!;
    const value = () => {
      const v = rest.shift();
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return '';
    else if (arg === '-o' || arg === '--out') args.out = value();
    else if (arg === '--base-url') args.options.baseUrl = value();
    else if (arg === '--root') args.options.root = value();
    else if (arg === '--time-zone') args.options.timeZone = value();
    else if (arg === '--timeout') args.options.timeout = Number(value());
    else if (arg === '--strict') args.strict = true;
    else if (arg === '--csp') args.csp = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (args.page) return `only one page at a time (got "${args.page}" and "${arg}")`;
    else args.page = arg;
  }
  if (!args.page) return 'which page? civic-widgets prerender <page.html>';
  const timeout = args.options.timeout;
  if (timeout !== undefined && !(timeout > 0)) return '--timeout must be a number of seconds above 0';
  if (args.options.baseUrl !== undefined && !URL.canParse(args.options.baseUrl)) return `--base-url "${args.options.baseUrl}" is not a URL`;
  return args;
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[], log = (line: string) => console.error(line)): Promise<number> {
  let args: Args | string;
  try {
    args = parseArgs(argv);
  } catch (error) {
    args = (error as Error).message;
  }
  if (typeof args === 'string') {
    if (args) log(`civic-widgets: ${args}`);
    log(USAGE);
    return args ? 1 : 0;
  }
  const page = resolve(args.page!);
  let html: string;
  try {
    html = await readFile(page, 'utf8');
  } catch (error) {
    log(`civic-widgets prerender: cannot read ${args.page}: ${(error as Error).message}`);
    return 1;
  }
  const started = performance.now();
  let result;
  try {
    result = await prerender(html, { ...args.options, file: page });
  } catch (error) {
    log(`civic-widgets prerender: ${args.page}: ${(error as Error).message}; nothing written`);
    return 1;
  }
  for (const line of result.problems) log(`civic-widgets prerender: ${args.page}: ${line}`);
  const out = args.out === '-' ? '-' : resolve(args.out ?? page);
  if (out === '-') process.stdout.write(result.html);
  else {
    // Whole or not at all: a half-written page would be worse than yesterday's.
    const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    await writeFile(temporary, result.html);
    await rename(temporary, out);
  }
  const rendered = result.elements.filter((e) => e.status === 'rendered').length;
  const ms = Math.round(performance.now() - started);
  log(`civic-widgets prerender: ${args.page}: ${rendered} of ${result.elements.length} elements prerendered in ${ms} ms → ${out === '-' ? 'standard output' : args.out ?? args.page} (${Math.round(Buffer.byteLength(result.html) / 1024)} KB)`);
  if (args.csp) log(`civic-widgets prerender: style-src for its inline styles: ${result.styleHashes.join(' ')}`);
  return args.strict && rendered < result.elements.length ? 2 : 0;
}
