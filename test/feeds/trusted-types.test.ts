/**
 * Under a strict CSP with Trusted Types enforced, the feed layer must still parse RSS/Atom
 * and strip HTML (with its private "civic-widgets" policy), and degrade to plain text
 * (never throw, never violate) when the page does not allow that policy.
 */
import { expect } from '@open-wc/testing';

interface Report {
  rssTitles?: string[];
  rssError?: string;
  plain?: string;
  richTags?: string[];
  richHref?: string | null;
  violations: string[];
  policyError?: string;
}

async function runInFrame(csp: string): Promise<Report> {
  const rss = await (await fetch('/test/fixtures/rss.xml')).text();
  const frame = document.createElement('iframe');
  const origin = location.origin;
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
<script type="module">
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
  const { parseFeedText, toPlainText, sanitizeRichText } = await import('${origin}/src/feeds/index.ts');
  const report = { violations };
  try {
    report.rssTitles = parseFeedText('news', ${JSON.stringify(rss)}, { warn() {} }).items.map((i) => i.title);
  } catch (e) {
    report.rssError = e.problem ? e.problem.code + ': ' + e.problem.message : String(e);
  }
  report.plain = toPlainText('<p>Zażółć <b>gęślą</b> &amp; jaźń<img src=x onerror="parent.__ttxss=1"></p>');
  const frag = sanitizeRichText('<p>A <strong>b</strong> <a href="javascript:alert(1)">x</a><a href="https://a.pl/">y</a></p><img src=x onerror="parent.__ttxss=2">');
  const box = document.createElement('div');
  box.append(frag);
  document.body.append(box);
  report.richTags = [...box.querySelectorAll('*')].map((e) => e.localName);
  report.richHref = box.querySelector('a[href]')?.getAttribute('href') ?? null;
  setTimeout(() => parent.postMessage({ ttReport: report }, '*'), 100);
</script>`;
  const result = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report from the frame')), 8000);
    window.addEventListener('message', function on(e) {
      if (!e.data?.ttReport) return;
      clearTimeout(timer);
      window.removeEventListener('message', on);
      resolve(e.data.ttReport);
    });
  });
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}

describe('Trusted Types (strict CSP page)', () => {
  it('with the civic-widgets policy allowed: RSS parses, HTML is stripped and sanitized, no violation', async () => {
    const report = await runInFrame(`require-trusted-types-for 'script'; trusted-types civic-widgets lit-html`);
    expect(report.violations).to.deep.equal([]);
    expect(report.rssTitles).to.have.length(3);
    expect(report.rssTitles![0]).to.equal('Eilmeldung: Sperrung der Rheinbrücke Uerdingen');
    expect(report.plain).to.equal('Zażółć gęślą & jaźń');
    expect(report.richTags).to.deep.equal(['p', 'strong', 'a'] /* the javascript: link stays text */);
    expect(report.richHref).to.equal('https://a.pl/');
    expect((window as { __ttxss?: unknown }).__ttxss).to.equal(undefined);
  });

  it('with no policy allowed: plain text still works, rich text falls back to text, RSS says why', async () => {
    const report = await runInFrame(`require-trusted-types-for 'script'; trusted-types 'none'`);
    expect(report.plain).to.equal('Zażółć gęślą & jaźń');
    expect(report.richTags).to.deep.equal(['p']);
    expect(report.rssError).to.match(/^invalidFeed: .*Trusted Types/);
    // One refused policy and one refused parse, then no more reports however much text follows.
    expect(report.violations.length).to.be.at.most(2);
    expect((window as { __ttxss?: unknown }).__ttxss).to.equal(undefined);
  });
});
