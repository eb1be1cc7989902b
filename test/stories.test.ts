import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Story = { render?: (args: Record<string, unknown>, context: unknown) => TemplateResult; args?: Record<string, unknown>; name?: string };
type StoryModule = Record<string, Story> & { default: Story & { title: string } };

/** Waits until no element in the container is still loading its feed (at most 15 s: axe would otherwise judge a half-rendered story on a busy machine). */
async function settled(root: Element) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const busy = [...root.querySelectorAll('*')].some(
      (el) => el.localName.startsWith('civic-') && (el.getAttribute('feed-state') === 'loading' || !(el as { hasUpdated?: boolean }).hasUpdated),
    );
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Served by the test runner: every stories/*.stories.ts (see web-test-runner.config.mjs).
const storiesUrl = '/__stories__.js';
const { default: allStories } = (await import(storiesUrl)) as { default: [string, StoryModule][] };

describe('every story renders and passes axe', function () {
  this.timeout(30_000); // axe over a two-column panel takes seconds when the machine is busy
  for (const [file, mod] of allStories) {
    const meta = mod.default;
    for (const [exportName, story] of Object.entries(mod)) {
      if (exportName === 'default' || typeof story !== 'object') continue;
      it(`${meta.title} / ${story.name ?? exportName} (${file})`, async () => {
        const args = { ...meta.args, ...story.args };
        const renderStory = story.render ?? meta.render;
        expect(renderStory, 'story has a render function').to.be.a('function');
        const container = await fixture<HTMLDivElement>(html`<div lang=${String(args.lang ?? 'pl')}></div>`);
        render(renderStory!(args, { args, globals: { lang: 'pl' } }), container);
        await settled(container);
        await expect(container).to.be.accessible();
      });
    }
  }
});
