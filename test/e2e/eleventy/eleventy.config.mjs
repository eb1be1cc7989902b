// The README's Eleventy recipe, run for real by test/e2e/prerender.mjs: every HTML page that
// Eleventy writes leaves with its civic-widgets elements prerendered.
import { join } from 'node:path';
import { prerender } from 'civic-widgets/prerender';

const SITE = 'https://www.sochaczew.example';

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'src/data': 'data' });
  eleventyConfig.addTransform('civic-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    const { html, problems } = await prerender(content, {
      // The feeds as the browser will find them: "/data/news.json" is a file in src/.
      file: join('src', this.page.url, 'index.html'),
      root: 'src',
      baseUrl: new URL(this.page.url, SITE).href,
      timeZone: 'Europe/Warsaw',
    });
    for (const line of problems) console.warn(`[civic-widgets] ${this.page.inputPath}: ${line}`);
    return html;
  });
  return { dir: { input: 'src', output: '_site' } };
}
