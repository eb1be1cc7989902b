// Runs in its own page: Trusted Types are enforced, as on a strict-CSP site. The parse
// worker starts through the library's own policy, with no violation.
import { enforceTrustedTypes } from '../helpers/trusted-types.js';
import { expect } from '@open-wc/testing';
import { geojsonText } from './geojson-sample.js';

describe('the parse worker under require-trusted-types-for', () => {
  it('starts through the library policy and reports no violation', async () => {
    const violations = enforceTrustedTypes();
    const { parseAttractions, parseStats } = await import('../../src/map/geojson-parse.js');
    const feed = await parseAttractions(geojsonText(5000, { extras: false }), { base: location.href });
    expect(parseStats.last).to.equal('worker');
    expect(feed.attractions).to.have.length(5000);
    expect(() => new Worker('/nothing.js'), 'Trusted Types are really enforced').to.throw();
    expect(violations.filter((v) => !v.includes('nothing.js'))).to.deep.equal([]);
  });
});
