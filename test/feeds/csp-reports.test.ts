/**
 * Parsing hostile feed markup must not make the visitor's browser report CSP violations
 * (every visitor would post reports to the site's report-uri). The probe page is served
 * with a real CSP header and report-uri by the test server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { uniqueKey } from './helpers.js';
import { needs } from '../helpers/engines.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types civic-widgets lit-html";

interface Report {
  violations: string[];
  texts: string[];
}

/** Reports the test server holds for `key`. */
const postedFor = async (key: string) => (await (await fetch(`/faults/csp-reports?key=${key}`)).json()) as string[];

async function probe(mode: string) {
  const key = uniqueKey(`csp-${mode}`);
  const frame = document.createElement('iframe');
  frame.src = `/faults/csp-page?key=${key}&mode=${mode}&script=/test/fixtures/csp/probe.js&csp=${encodeURIComponent(CSP)}`;
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report from the probe page')), 8000);
    window.addEventListener('message', function on(e) {
      if (!e.data?.cspReport) return;
      clearTimeout(timer);
      window.removeEventListener('message', on);
      resolve(e.data.cspReport);
    });
  });
  document.body.append(frame);
  try {
    const seen = await report;
    // Reports are posted asynchronously: give any a moment to arrive before listing them.
    await new Promise((r) => setTimeout(r, 500));
    return { ...seen, key, posted: await postedFor(key) };
  } finally {
    frame.remove();
  }
}

describe('no CSP reports from parsing feed markup', () => {
  needs('CSP reports from DOMParser documents')('the probe sees reports: Chromium reports a plain DOMParser parse of the same markup', async () => {
    const { violations, key } = await probe('raw-domparser');
    expect(violations.length).to.be.above(3);
    // The browser posts its reports when it gets round to it: on a loaded machine, later than 500 ms.
    let posted: string[] = [];
    await waitUntil(async () => (posted = await postedFor(key)).length > 0, 'a report posted', { timeout: 8000, interval: 100 });
    expect(posted.join()).to.contain('script-src-attr');
  });

  it('toPlainText, sanitizeRichText, RSS and Atom (xhtml) of hostile markup: no violation event, no report posted, nothing ran', async () => {
    const { violations, posted, texts } = await probe('feed-layer');
    expect(violations).to.deep.equal([]);
    expect(posted).to.deep.equal([]);
    expect(texts[0]).to.equal('Teksta b');
    expect(texts[2]).to.equal('X');
    expect((window as { __cspxss?: unknown }).__cspxss).to.equal(undefined);
  });
});
