/**
 * Parsing hostile feed markup must not make the visitor's browser report CSP violations
 * (every visitor would post reports to the site's report-uri). The probe page is served
 * with a real CSP header and report-uri by the test server.
 */
import { expect } from '@open-wc/testing';
import { uniqueKey } from './helpers.js';
import { needs } from '../helpers/engines.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types civic-widgets lit-html";

interface Report {
  violations: string[];
  texts: string[];
}

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
    await new Promise((r) => setTimeout(r, 500)); // reports are posted asynchronously
    const posted = (await (await fetch(`/faults/csp-reports?key=${key}`)).json()) as string[];
    return { ...seen, posted };
  } finally {
    frame.remove();
  }
}

describe('no CSP reports from parsing feed markup', () => {
  needs('CSP reports from DOMParser documents')('the probe sees reports: Chromium reports a plain DOMParser parse of the same markup', async () => {
    const { violations, posted } = await probe('raw-domparser');
    expect(violations.length).to.be.above(3);
    expect(posted.length).to.be.above(0);
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
