// The block editor: the four blocks load without a validation or console error, each preview
// is the real element with the site's data, the sidebar's options change it, a block can be
// found and added from the inserter in Polish, and what is saved is what visitors get.
import { login, newPage } from './browser-steps.mjs';

const BLOCKS = ['news-ticker', 'article-cards', 'attractions-map', 'partnership-panel'];
const TITLES = { 'news-ticker': 'Pasek wiadomości', 'article-cards': 'Karty artykułów', 'attractions-map': 'Mapa atrakcji', 'partnership-panel': 'Panel partnerstwa' };

/** Opens a post in the block editor and waits until its blocks are there (welcome guide closed). */
async function openEditor(page, site, postId) {
  await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 60_000 });
  await page.evaluate(() => {
    const editPost = wp.data.select('core/edit-post');
    if (editPost.isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
}

/** Each of our blocks in the editor: valid?, its preview element, what the element shows. */
async function readPreviews(page) {
  // Previews far down the canvas load when the editor scrolls near them (the CDN loader):
  // scroll to each, as an editor would, then back to the top.
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('.civic-widgets-preview')) {
      el.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(
    (names) => {
      const blocks = wp.data.select('core/block-editor').getBlocks().filter((b) => b.name.startsWith('civic-widgets/'));
      return blocks.length >= names.length && blocks.every((b) => {
        const el = document.querySelector(`[data-block="${b.clientId}"] .civic-widgets-preview :is(civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel)`);
        return el && customElements.get(el.localName) && el.shadowRoot?.textContent.trim().length > 20;
      });
    },
    { timeout: 45_000 },
    BLOCKS,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page.evaluate(() =>
    wp.data
      .select('core/block-editor')
      .getBlocks()
      .filter((b) => b.name.startsWith('civic-widgets/'))
      .map((b) => {
        const el = document.querySelector(`[data-block="${b.clientId}"] .civic-widgets-preview :is(civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel)`);
        const text = (root) => [...root.querySelectorAll('*')].reduce((all, node) => all + (node.shadowRoot ? ' ' + text(node.shadowRoot) : ''), root.textContent);
        return { clientId: b.clientId, name: b.name, valid: b.isValid, attributes: b.attributes, element: el && { tag: el.localName, src: el.getAttribute('src'), layout: el.getAttribute('layout'), text: text(el.shadowRoot).replace(/\s+/g, ' ') } };
      }),
  );
}

export async function checkEditor({ browser, site, check }) {
  const context = await browser.createBrowserContext();
  const page = await newPage(context, { width: 1440, height: 1000 });
  await login(page, site, site.content.users.admin);
  await openEditor(page, site, site.content.blocksPage.id);

  const types = await page.evaluate((names) => names.map((name) => wp.blocks.getBlockType(`civic-widgets/${name}`)?.title ?? null), BLOCKS);
  check('the editor knows the four blocks, with Polish names', BLOCKS.every((name, i) => types[i] === TITLES[name]), JSON.stringify(types));
  let previews = await readPreviews(page);
  check('the four blocks of the page load without a validation error', previews.length === 4 && previews.every((b) => b.valid) && !(await page.$('.block-editor-warning')), JSON.stringify(previews.map((b) => [b.name, b.valid])));
  const culture = site.content.posts.filter((p) => p.category === 'kultura').map((p) => p.title);
  const cards = previews.find((b) => b.name === 'civic-widgets/article-cards');
  check('each preview is the real element with the site\'s data (the cards show the Kultura posts)', previews.every((b) => b.element?.text.length > 20) && culture.every((t) => cards.element.text.includes(t)), JSON.stringify(previews.map((b) => [b.name, b.element?.text.slice(0, 80)])));

  // The sidebar: the site's categories as checkboxes; ticking one changes the preview.
  await page.click(`[data-block="${cards.clientId}"]`);
  await page.waitForSelector('.civic-widgets-categories input[type=checkbox]', { visible: true });
  const boxes = await page.$$eval('.civic-widgets-categories .components-checkbox-control', (rows) => rows.map((row) => ({ label: row.innerText.trim(), checked: row.querySelector('input').checked })));
  check('selecting the cards block shows the site\'s categories in the sidebar, Kultura ticked', ['Aktualności', 'Kultura', 'Partnerstwo'].every((name) => boxes.some((b) => b.label === name)) && boxes.find((b) => b.label === 'Kultura')?.checked, JSON.stringify(boxes));
  const partnershipId = site.content.categories.partnerstwo;
  const boxIndex = boxes.findIndex((b) => b.label === 'Partnerstwo');
  await (await page.$$('.civic-widgets-categories input[type=checkbox]'))[boxIndex].click();
  await page.waitForFunction(
    (clientId, id) => document.querySelector(`[data-block="${clientId}"] civic-article-cards`)?.getAttribute('src')?.includes(`${id}`),
    { timeout: 20_000 },
    cards.clientId,
    partnershipId,
  );
  // "Układ" is in the closed "Wyświetlanie" panel: open it, as an editor would.
  const displayPanel = await page.evaluateHandle(() => [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-toggle')].find((b) => b.textContent.trim() === 'Wyświetlanie'));
  await displayPanel.asElement().click();
  await page.waitForFunction(() => [...document.querySelectorAll('.block-editor-block-inspector .components-select-control')].some((c) => c.textContent.includes('Układ')));
  const layoutSelect = await page.evaluateHandle(() => [...document.querySelectorAll('.block-editor-block-inspector .components-select-control')].find((c) => c.textContent.includes('Układ'))?.querySelector('select'));
  await layoutSelect.asElement().select('list');
  await page.waitForFunction((clientId) => document.querySelector(`[data-block="${clientId}"] civic-article-cards`)?.getAttribute('layout') === 'list', { timeout: 20_000 }, cards.clientId);
  previews = await readPreviews(page);
  const partnershipPosts = site.content.posts.filter((p) => p.category === 'partnerstwo').map((p) => p.title);
  const updated = previews.find((b) => b.name === 'civic-widgets/article-cards');
  check(
    'ticking “Partnerstwo” and choosing the list layout updates the live preview',
    updated.attributes.layout === 'list' && updated.attributes.siteCategories.includes(partnershipId) && partnershipPosts.some((t) => updated.element.text.includes(t)),
    JSON.stringify({ attributes: updated.attributes, text: updated.element?.text.slice(0, 200) }),
  );
  if (process.env.CIVIC_WP_SCREENSHOT) {
    await page.evaluate((clientId) => {
      document.querySelector(`[data-block="${clientId}"]`).scrollIntoView({ block: 'start' });
      document.querySelector('.interface-interface-skeleton__sidebar')?.scrollTo(0, 0);
    }, cards.clientId);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await page.screenshot({ path: process.env.CIVIC_WP_SCREENSHOT });
    console.log(`      screenshot: ${process.env.CIVIC_WP_SCREENSHOT}`);
  }

  // The inserter finds the blocks by their Polish names.
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  const search = await page.waitForSelector('.block-editor-inserter__search input', { visible: true });
  await search.type('Mapa atrakcji');
  const result = await page.waitForSelector('.editor-block-list-item-civic-widgets-attractions-map', { visible: true });
  await result.click();
  await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().filter((b) => b.name === 'civic-widgets/attractions-map').length === 2);
  previews = await readPreviews(page);
  check('searching “Mapa atrakcji” in the inserter adds a working map block', previews.filter((b) => b.name === 'civic-widgets/attractions-map').length === 2 && previews.every((b) => b.valid && b.element?.text.length > 20), JSON.stringify(previews.map((b) => [b.name, b.valid])));

  // Save; the page visitors get has the new options; the editor reloads the saved blocks cleanly.
  await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(() => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isEditedPostDirty(), { timeout: 30_000 });
  const visitor = await newPage(context);
  await visitor.goto(site.content.blocksPage.link, { waitUntil: 'load' });
  const front = await visitor.evaluate(() => ({
    maps: document.querySelectorAll('civic-attractions-map').length,
    cards: document.querySelector('civic-article-cards')?.getAttribute('layout'),
    src: document.querySelector('civic-article-cards')?.getAttribute('src'),
  }));
  check('after saving, visitors get what the editor showed (list layout, both categories, two maps)', front.maps === 2 && front.cards === 'list' && front.src.includes(String(partnershipId)), JSON.stringify(front));
  await visitor.close();
  await openEditor(page, site, site.content.blocksPage.id);
  previews = await readPreviews(page);
  check('reopened, the saved blocks are valid', previews.length === 5 && previews.every((b) => b.valid), JSON.stringify(previews.map((b) => [b.name, b.valid])));

  check('no console error or uncaught error in the block editor', !page.errors.length, page.errors.join('\n'));
  await context.close();
}
