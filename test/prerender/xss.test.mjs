// Feed text is untrusted in the prerenderer too: with the XSS suite's payloads in every text
// and link field of every format, the prerendered page holds no markup the same elements do
// not render from harmless feeds, no event handler, no script but the library's JSON, and no
// link or image with a dangerous scheme. (test/e2e/prerender.mjs loads such a page in
// Chromium with JavaScript on and checks that nothing runs.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from 'parse5';
import { prerenderBuild } from './build.mjs';
import { attr, elementsOf, site } from './helpers.mjs';
import { TEXT_PAYLOADS, URL_PAYLOADS, xssSite } from './xss-feeds.mjs';

const { prerender } = await prerenderBuild();

async function prerendered(clean) {
  const { files, body } = xssSite(clean);
  const dir = site(files);
  const html = `<!doctype html><html lang="pl"><head><title>x</title></head><body>\n${body}\n</body></html>`;
  return prerender(html, { file: join(dir, 'index.html') });
}

/**
 * Tag and attribute names in the page, e.g. "a[href]". `lang` is left out: which texts are
 * marked as being in another language depends on what each feed language map keeps (it is
 * checked to be a language tag below).
 */
const shapes = (doc) =>
  new Set([...elementsOf(doc)].flatMap((el) => [el.tagName, ...el.attrs.filter((a) => a.name !== 'lang').map((a) => `${el.tagName}[${a.name}]`)]));

const ERROR_BOX = ['details', 'details[class]', 'summary', 'summary[class]', 'code', 'code[class]'];

describe('prerender(): hostile feeds', () => {
  it(`${TEXT_PAYLOADS.length} text and ${URL_PAYLOADS.length} link payloads in six formats add no markup, handler, script or dangerous link`, async () => {
    const [hostile, clean] = await Promise.all([prerendered(false), prerendered(true)]);
    assert.deepEqual(hostile.elements.map((e) => e.status), clean.elements.map(() => 'rendered'), hostile.problems.join('\n'));
    const doc = parse(hostile.html);
    const baseline = shapes(parse(clean.html));
    // A hostile feed may also put a part of an element into its error state, whose box (our own
    // template) folds the technical detail away in <details><summary>…<code>.
    for (const shape of ERROR_BOX) baseline.add(shape);
    const added = [...shapes(doc)].filter((shape) => !baseline.has(shape));
    assert.deepEqual(added, [], 'tags or attributes that harmless feeds do not produce');
    for (const el of elementsOf(doc)) {
      for (const { name, value } of el.attrs) {
        assert.ok(!/^on/i.test(name), `event handler ${el.tagName}[${name}]`);
        if (name === 'lang') assert.match(value, /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'].includes(name)) {
          // What the browser would follow: entities are already decoded by the parser, controls and spaces dropped.
          // eslint-disable-next-line no-control-regex -- dropping control characters is the point
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();
          assert.ok(!scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme), `${el.tagName}[${name}]="${value.slice(0, 80)}"`);
        }
      }
      if (el.tagName === 'script') {
        assert.match(attr(el, 'type'), /^application\/(ld\+)?json$/);
        assert.doesNotThrow(() => JSON.parse(el.childNodes[0]?.value ?? ''), 'its text is JSON');
      }
      assert.ok(!['iframe', 'object', 'embed', 'img'].includes(el.tagName) || !attr(el, 'srcdoc'), 'no srcdoc');
    }
    // The words are there, as text: the first payload is shown escaped, not dropped.
    assert.ok(hostile.html.includes('&lt;script&gt;window.__xss') || hostile.html.includes("window.__xss='script'"), 'payload text is shown as text');
  });
});
