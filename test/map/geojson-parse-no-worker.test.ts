// Runs in its own page: the page's CSP forbids workers (worker-src 'none'), as some strict
// sites do. A large feed is then read in slices on the main thread, with one refusal at most.
import { expect } from '@open-wc/testing';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { parseAttractions, parseStats } from '../../src/map/geojson-parse.js';
import { geojsonText, serveText } from './geojson-sample.js';
import { mapAttractionsDescriptor } from '../../src/map/geojson-parse.js';
import { loadFeed } from '../../src/feeds/loader.js';

describe('a page whose CSP refuses workers', () => {
  it('still reads a large feed, in slices, and asks for a worker only once', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "worker-src 'none'";
    document.head.append(meta);
    const text = geojsonText(5000);
    const base = 'https://city.example/sights.geojson';
    const first = await parseAttractions(text, { base, warn: () => {} });
    expect(parseStats.last).to.equal('chunks');
    expect(first).to.deep.equal(attractionsDescriptor.parse(text, { base, warn: () => {} }));
    await parseAttractions(text, { base, warn: () => {} });
    expect(parseStats.last).to.equal('chunks');
    await new Promise((r) => setTimeout(r, 50));
    expect(violations.length, `one refusal at most (${violations.join(', ')})`).to.be.at.most(1);
  }).timeout(60_000);

  it('reads a feed on the main thread as it downloads: the same feed as one parse', async () => {
    // After the refusal above: the language before the features, so the places can be read as they come.
    const text = geojsonText(5000).replace(/,"language":"pl"\}$/, '}').replace(/^\{"type":"FeatureCollection",/, '{"type":"FeatureCollection","language":"pl",');
    const url = new URL(`${await serveText(`here-${Math.random()}`, text)}&parts=10&ms=20`, location.href).href;
    const { data } = await loadFeed(mapAttractionsDescriptor, url, { timeoutMs: 60_000 });
    expect(parseStats.last).to.equal('chunks');
    expect(parseStats.streamed, 'read as it downloaded').to.equal(true);
    expect(data).to.deep.equal(attractionsDescriptor.parse(text, { base: url, maxItems: 200_000, warn: () => {} }));
  }).timeout(60_000);
});
