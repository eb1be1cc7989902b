// Settings → Civic Widgets: data files from the media library, checked against the schemas,
// notices in the reader's language, capability and nonce, the settings the pages then use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { login, newPage, uploadMedia } from './browser-steps.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SETTINGS = '/wp-admin/options-general.php?page=civic-widgets';

/** An attractions file with three mistakes an editor makes: no category, longitude past 180, a bad id. */
const brokenAttractions = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [20.23, 52.22] }, properties: { id: 'ratusz', name: 'Ratusz' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 52.22] }, properties: { id: 'Park Miejski', name: 'Park', category: 'park' } },
  ],
});

/** Chooses a file in the settings form through the media library dialog, as an editor would. */
async function chooseInMediaLibrary(page, kind, attachmentId) {
  await page.click(`.civic-widgets-file[data-kind="${kind}"] .civic-widgets-choose`);
  // Each button has its own dialog; the open one is the visible one.
  const openModal = () =>
    page.waitForFunction(() => [...document.querySelectorAll('.media-modal')].find((m) => m.getClientRects().length > 0), { timeout: 20_000 });
  const item = `li.attachment[data-id="${attachmentId}"]`;
  const visibleIn = (modal, selector) => modal.$eval(selector, (el) => el.getClientRects().length > 0).catch(() => false);
  let modal = await openModal();
  // A user's first media dialog opens on "Upload files": go to the library, as a person would.
  for (const started = Date.now(); !(await visibleIn(modal, item)); ) {
    if (await visibleIn(modal, '.uploader-inline .upload-ui')) await (await modal.$('#menu-item-browse')).click();
    if (Date.now() - started > 20_000) throw new Error(`attachment ${attachmentId} not in the media library dialog`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    modal = await openModal();
  }
  await (await modal.$(item)).click();
  const button = await modal.waitForSelector('.media-button-select:not([disabled])');
  await button.click();
  await page.waitForFunction((k, id) => document.querySelector(`.civic-widgets-file[data-kind="${k}"] .civic-widgets-file-id`).value === String(id), {}, kind, attachmentId);
}

async function save(page) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
  return page.evaluate(() => ({
    notices: [...document.querySelectorAll('.notice, .settings-error')].map((n) => n.innerText.trim()),
    ids: Object.fromEntries([...document.querySelectorAll('.civic-widgets-file')].map((cell) => [cell.dataset.kind, cell.querySelector('.civic-widgets-file-id').value])),
    status: [...document.querySelectorAll('.civic-widgets-file-status')].map((p) => p.innerText),
  }));
}

export async function checkSettings({ browser, page, site, check }) {
  const attractions = await uploadMedia(page, site, 'atrakcje.geojson', readFileSync(`${ROOT}data/attractions.geojson`, 'utf8'), 'application/geo+json');
  // The bundled partnership names its emblems by paths beside data/; uploaded alone, they would
  // point at nothing in the media library, so this copy leaves them out.
  const sample = JSON.parse(readFileSync(`${ROOT}data/partnership.json`, 'utf8'));
  for (const city of sample.partnerships.flatMap((p) => p.cities)) {
    delete city.emblem;
    delete city.emblemAlt;
  }
  const partnership = await uploadMedia(page, site, 'partnerstwo.json', JSON.stringify(sample), 'application/json');
  const broken = await uploadMedia(page, site, 'atrakcje-z-bledami.geojson', brokenAttractions, 'application/geo+json');
  check('an administrator can upload .geojson and .json to the media library', [attractions, partnership, broken].every((r) => r.status === 201), JSON.stringify([attractions, partnership, broken]));

  // An editor (no manage_options) may not upload JSON, nor open or post the settings.
  const editorContext = await browser.createBrowserContext();
  const editor = await newPage(editorContext);
  await login(editor, site, site.content.users.editor);
  const editorUpload = await uploadMedia(editor, site, 'inne.json', '{}', 'application/json');
  check('an editor cannot upload JSON files (only administrators)', editorUpload.status >= 400, JSON.stringify(editorUpload));
  const denied = await editor.goto(`${site.url}${SETTINGS}`, { waitUntil: 'domcontentloaded' });
  const deniedText = await editor.evaluate(() => document.body.innerText);
  check('an editor gets 403 and no form on the settings page', denied.status() === 403 && !(await editor.$('form[action$="options.php"]')), `${denied.status()} ${deniedText.slice(0, 200)}`);
  await editorContext.close();

  // A forged form without the nonce changes nothing.
  const forged = await page.evaluate(async (url) => {
    const body = new URLSearchParams({ option_page: 'civic_widgets', action: 'update', 'civic_widgets_settings[theme]': 'krefeld' });
    const response = await fetch(`${url}/wp-admin/options.php`, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' });
    return response.status;
  }, site.url);

  const open = await page.goto(`${site.url}${SETTINGS}`, { waitUntil: 'domcontentloaded' });
  const labels = await page.evaluate(() => [...document.querySelectorAll('.wrap h2')].map((h) => h.innerText));
  check('the settings page opens for an administrator, in Polish', open.status() === 200 && labels.includes('Wygląd') && labels.includes('Mapy i prywatność') && labels.includes('Pliki danych'), labels.join(' | '));
  const themeAfterForgery = await page.$eval('#civic-widgets-theme-krefeld', (radio) => radio.checked);
  check('a settings form posted without its nonce is refused (403) and changes nothing', forged === 403 && !themeAfterForgery, `status ${forged}, krefeld chosen: ${themeAfterForgery}`);

  // An invalid file is refused with the problems, in Polish; the previous choice (none) stays.
  await chooseInMediaLibrary(page, 'attractions', broken.id);
  let saved = await save(page);
  const polish = saved.notices.find((n) => n.includes('nie jest zgodny z opublikowanym formatem')) ?? '';
  check(
    'an invalid attractions file is refused with its problems, in Polish',
    polish.includes('atrakcje-z-bledami.geojson') && polish.includes('features[0].properties: brakuje pola „category”') && polish.includes('features[1].geometry.coordinates[0]: może wynosić najwyżej 180') && saved.ids.attractions === '0',
    saved.notices.join('\n'),
  );

  // The same mistake told to an administrator whose WordPress speaks German.
  const germanContext = await browser.createBrowserContext();
  const german = await newPage(germanContext);
  await login(german, site, site.content.users.german);
  await german.goto(`${site.url}${SETTINGS}`, { waitUntil: 'domcontentloaded' });
  await chooseInMediaLibrary(german, 'attractions', broken.id);
  const germanSaved = await save(german);
  const germanNotice = germanSaved.notices.find((n) => n.includes('entspricht nicht dem veröffentlichten Format')) ?? '';
  check('… and in German for an administrator who uses WordPress in German', germanNotice.includes('das Feld „category“ fehlt') && germanNotice.includes('darf höchstens 180 sein'), germanSaved.notices.join('\n'));
  await germanContext.close();

  // The site's own accent colour: a yellow too light for links on white is darkened (WCAG AA).
  await page.goto(`${site.url}${SETTINGS}`, { waitUntil: 'domcontentloaded' });
  await page.click('#civic-widgets-theme-accent');
  await page.$eval('#civic-widgets-accent', (input) => (input.value = '#ffd400'));
  await save(page);
  const note = await page.$eval('#civic-widgets-accent', (input) => input.closest('fieldset').querySelector('.description')?.textContent ?? '');
  const used = /#[0-9a-f]{6}/.exec(note)?.[0];
  const contrast = (hex) => {
    const l = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const [r, g, b] = [1, 3, 5].map((i) => l(parseInt(hex.slice(i, i + 2), 16) / 255));
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  };
  const css = await page.evaluate(async (link) => (await (await fetch(link)).text()).match(/--civic-color-accent: #[0-9a-f]{6}/g), site.content.blocksPage.link);
  check('an accent colour too light for white is darkened to 4.5:1 (noted on the page, used by the widgets)', used && contrast(used) >= 4.5 && css?.[0] === `--civic-color-accent: ${used}`, `${note} | ${css}`);

  // The valid files and the site's look: Krefeld theme, no tile server (the map needs no consent).
  await page.goto(`${site.url}${SETTINGS}`, { waitUntil: 'domcontentloaded' });
  await chooseInMediaLibrary(page, 'attractions', attractions.id);
  await chooseInMediaLibrary(page, 'partnership', partnership.id);
  await page.click('#civic-widgets-theme-krefeld');
  await page.click('#civic-widgets-tiles-none');
  saved = await save(page);
  check(
    'valid files are accepted ("Checked") and the settings saved',
    saved.ids.attractions === String(attractions.id) && saved.ids.partnership === String(partnership.id) && saved.status.every((s) => s.startsWith('Sprawdzono')) && saved.notices.some((n) => /zapisane/i.test(n)),
    JSON.stringify(saved),
  );
  site.files = { attractions, partnership, broken };
}
