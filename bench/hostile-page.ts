// Loads one generated feed (?feed=<name>&kind=<kind>) through the feed layer, as an element
// would (fetch, decode, parse), and records the longest main-thread task meanwhile.
import * as feeds from '../src/feeds/index.ts';
// The RSS/Atom reader loaded up front, as after a page's first XML feed: its one-time
// compile is not the feed's cost.
import '../src/feeds/parse.ts';

type Result = { longest: number; tasks: number; ms: number; outcome: string };
declare global {
  interface Window {
    hostileResult?: Result;
  }
}

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

const params = new URLSearchParams(location.search);
const kind = params.get('kind') ?? 'news';
const url = new URL(`/bench/hostile/${params.get('feed')}`, location.href).href;
// The descriptor where the library has them, the kind's name before (for "before" figures).
const registry = (feeds as unknown as { DESCRIPTORS?: Record<string, unknown> }).DESCRIPTORS;
// The map reads GeoJSON through its own parse (a worker, else slices): measure what it does.
const descriptor = kind === 'attractions' && registry ? (await import('../src/map/geojson-parse.ts')).mapAttractionsDescriptor : registry ? registry[kind] : kind;
const load = feeds.loadFeed as unknown as (kind: unknown, url: string, options: object) => Promise<{ data: Record<string, unknown> }>;

// Let the page settle first: its own start-up tasks are not the feed's.
await new Promise((r) => setTimeout(r, 300));
longTasks.length = 0;
console.timeStamp('hostile-feed-start'); // the bench counts trace tasks from here
const start = performance.now();
let outcome: string;
try {
  const { data } = await load(descriptor, url, { timeoutMs: 60_000 });
  const list = (data.items ?? data.attractions ?? data.partnerships) as unknown[];
  outcome = `${list.length} entries`;
} catch (error) {
  const problem = (error as { problem?: { code: string; detail?: string } }).problem;
  outcome = problem ? `${problem.code}${problem.detail ? `: ${problem.detail.slice(0, 40)}` : ''}` : String(error).slice(0, 60);
}
const ms = performance.now() - start;
await new Promise((r) => setTimeout(r, 200)); // long-task entries arrive after the task
window.hostileResult = { longest: Math.max(0, ...longTasks), tasks: longTasks.length, ms, outcome };
