// The benchmark page of bench/map.mjs. Both contenders read the same GeoJSON from the same
// server into the same 1024 px stage, without tiles, and are timed from the moment the feed
// had fully arrived (the response's responseEnd, so the network cancels out) to the first
// painted frame with markers (and, for the element, its list). Long tasks are those the
// browser reports (over 50 ms) on the main thread in that time.
import '../src/components/attractions-map/attractions-map.ts';
import type { CivicAttractionsMap } from '../src/components/attractions-map/attractions-map.ts';
import { clearSavedFeeds } from '../src/feeds/storage.ts';
import { parseStats } from '../src/map/geojson-parse.ts';
import leafletCss from 'leaflet/dist/leaflet.css?raw';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?raw';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?raw';

type L = typeof import('leaflet') & { markerClusterGroup(options?: object): import('leaflet').FeatureGroup & { removeLayers(l: unknown[]): void; addLayers(l: unknown[]): void } };

if (new URLSearchParams(location.search).has('noworker')) {
  // A page whose CSP forbids workers: the element reads its feed in slices on the main thread.
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "worker-src 'none'";
  document.head.append(meta);
}

const stage = document.getElementById('stage')!;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const until = async (test: () => unknown, ms = 600_000) => {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 2));
  }
};

/** Main-thread tasks over 50 ms from now on. */
function watchTasks() {
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration })));
  observer.observe({ type: 'longtask' });
  return {
    /** The longest task that started at or after `from` (0 when none went over 50 ms). */
    async longest(from: number) {
      await new Promise((r) => setTimeout(r, 60)); // late entries arrive on a task of their own
      observer.disconnect();
      return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
    },
  };
}

const timing = (url: string) => {
  const entry = performance.getEntriesByName(new URL(url, location.href).href).pop() as PerformanceResourceTiming | undefined;
  if (!entry) throw new Error(`no timing for ${url}`);
  return entry;
};
const arrived = (url: string) => timing(url).responseEnd;
/** When the request started: the time from there shows what reading during the download gains (and that nothing is hidden before the feed arrived). */
const requested = (url: string) => timing(url).startTime;

interface Current {
  who: 'element' | 'baseline';
  el?: CivicAttractionsMap;
  map?: import('leaflet').Map;
  group?: ReturnType<L['markerClusterGroup']>;
  byCategory?: Map<string, unknown[]>;
}
let current: Current | undefined;

async function element(url: string) {
  clearSavedFeeds();
  stage.replaceChildren();
  const tasks = watchTasks();
  const el = document.createElement('civic-attractions-map') as CivicAttractionsMap;
  el.setAttribute('lang', 'en');
  el.setAttribute('consent', 'granted');
  el.setAttribute('tile-url', '');
  el.setAttribute('src', url);
  stage.append(el);
  await until(() => el.shadowRoot?.querySelector('.leaflet-marker-icon') && el.shadowRoot.querySelector('.item'));
  await frames();
  const done = performance.now();
  const t0 = arrived(url);
  current = { who: 'element', el, map: (el as unknown as { loader: { view: { map: import('leaflet').Map } } }).loader.view.map };
  return {
    ms: done - t0,
    fromRequest: done - requested(url),
    longest: await tasks.longest(t0),
    markers: el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length,
    items: el.attractions.length,
    parse: parseStats.last,
    worker: parseStats.last === 'worker' ? parseStats.worker : undefined,
  };
}

let leaflet: L | undefined;
async function loadBaseline(): Promise<L> {
  if (leaflet) return leaflet;
  const esm = await import('leaflet/dist/leaflet-src.esm.js');
  const L = ((window as unknown as { L: unknown }).L = { ...esm }) as unknown as L;
  await import('leaflet.markercluster/dist/leaflet.markercluster-src.js');
  for (const text of [leafletCss, clusterCss, clusterDefaultCss]) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  L.Icon.Default.imagePath = new URL('./leaflet-images/', location.href).href;
  return (leaflet = L);
}

/** Plain Leaflet + Leaflet.markercluster as its README shows it: L.geoJSON markers in a markerClusterGroup. */
async function baseline(url: string) {
  const L = await loadBaseline();
  stage.replaceChildren();
  const div = document.createElement('div');
  div.className = 'baseline';
  stage.append(div);
  const map = L.map(div, { zoomControl: false, attributionControl: false, maxZoom: 19 });
  const tasks = watchTasks();
  const response = await fetch(url);
  const json = await response.json();
  const group = L.markerClusterGroup();
  const byCategory = new Map<string, unknown[]>();
  const layer = L.geoJSON(json, {
    pointToLayer: (feature, latlng) => {
      const marker = L.marker(latlng, { title: feature.properties.name.en, keyboard: true });
      const list = byCategory.get(feature.properties.category) ?? [];
      list.push(marker);
      byCategory.set(feature.properties.category, list);
      return marker;
    },
  });
  group.addLayer(layer);
  map.addLayer(group);
  map.fitBounds(group.getBounds(), { padding: [32, 32], animate: false });
  await until(() => div.querySelector('.leaflet-marker-icon'));
  await frames();
  const done = performance.now();
  const t0 = arrived(url);
  current = { who: 'baseline', map, group, byCategory };
  return { ms: done - t0, fromRequest: done - requested(url), longest: await tasks.longest(t0), markers: div.querySelectorAll('.leaflet-marker-icon').length, items: json.features.length };
}

const markerCount = () =>
  (current!.el ? current!.el.shadowRoot! : stage).querySelectorAll('.leaflet-marker-icon').length;

/** One step of what a visitor does on a loaded map: the time until it is painted again, and the longest task. */
async function interact(step: 'zoom' | 'pan' | 'category') {
  const { el, map, group, byCategory } = current!;
  await frames();
  const tasks = watchTasks();
  const t0 = performance.now();
  const moved = new Promise((r) => map!.once('moveend', r));
  if (step === 'zoom') {
    if (el) el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    else map!.setZoom(map!.getZoom() + 1);
    await moved;
  } else if (step === 'pan') {
    map!.panBy([300, 120], { animate: false });
    await moved;
  } else if (el) {
    el.shadowRoot!.querySelector<HTMLInputElement>('.chip input')!.click();
    await el.updateComplete;
  } else {
    group!.removeLayers(byCategory!.values().next().value as unknown[]);
  }
  await frames();
  markerCount();
  const ms = performance.now() - t0;
  return { ms, longest: await tasks.longest(t0) };
}

function teardown() {
  if (current?.who === 'baseline') current.map?.remove(); // the element removes its own map when it leaves the page
  stage.replaceChildren();
  clearSavedFeeds(); // the loader's in-memory copy too: an empty page holds no places (the heap figures start from it)
  current = undefined;
}

(window as unknown as { bench: unknown }).bench = { element, baseline, interact, teardown, ready: true };
