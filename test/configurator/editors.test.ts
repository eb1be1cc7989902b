// The configurator's data editors as a city's editor uses them: real key presses into the
// fields, problems in the editor's language beside the field they are about, the summary's
// links leading there, lists that grow and shrink, an OpenStreetMap export read in, the live
// preview in the real elements, and axe in every language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/index.js';
import { EditorPanel } from '../../demo/configurator/editors.js';
import { partnershipKind } from '../../demo/configurator/editor/partnership.js';
import { attractionsKind } from '../../demo/configurator/editor/attractions.js';
import type { EditorKind } from '../../demo/configurator/editor/document-editor.js';
import { editorTexts } from '../../demo/configurator/editor-i18n.js';

const LANGS = ['pl', 'de', 'en', 'uk'] as const;

async function mount(kind: EditorKind, lang = 'pl') {
  const panel = await fixture<HTMLElement>(html`<div lang=${lang}>
    <section class="editor" data-kind=${kind.name}>
      <div class="editor-head"></div>
      <div class="editor-columns">
        <form class="editor-form" novalidate></form>
        <section class="editor-aside" aria-labelledby=${`${kind.name}-preview-h`}>
          <div class="editor-preview-head"></div>
          <div class="editor-preview-element"></div>
          <h3 class="editor-file-title"></h3>
          <div class="editor-file"></div>
        </section>
      </div>
    </section>
  </div>`);
  const editor = new EditorPanel(panel.querySelector('section')!, kind);
  editor.setLanguage(lang);
  await editor.start();
  return { panel, editor, doc: () => JSON.parse(editor.editor.text) };
}

/**
 * axe over the editor (form, file actions, preview language); the previewed elements are
 * left out here: their own tests run axe on every state, and they make this run slow.
 */
async function axeViolations(root: Element) {
  const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
  const { violations } = await axe.run({ include: [root], exclude: [['civic-partnership-panel'], ['civic-attractions-map']] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) => root.querySelector<T & HTMLElement>(selector)!;
/** Focuses a field the way a person does: click, select what is there, then type. */
async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

describe('configurator data editors', function () {
  this.timeout(60_000); // axe over a whole editor with its live preview takes seconds on a busy machine
  describe('partnership file', () => {
    it('shows both cities with every text in four languages side by side, and no problem in the bundled file', async () => {
      const { panel } = await mount(partnershipKind, 'pl');
      const title = $(panel, '#f-partnerships-0-title');
      expect([...title.querySelectorAll('input')].map((i) => i.lang)).to.deep.equal(['pl', 'de', 'en', 'uk']);
      expect($<HTMLInputElement>(panel, '#f-partnerships-0-title-uk').value).to.equal('Сохачев – Крефельд: переговори про партнерство');
      expect(panel.querySelectorAll('[data-path^="/partnerships/0/cities/"].item')).to.have.length(2);
      expect($(panel, '.problems [role="status"]').textContent).to.equal(editorTexts('pl').common.problemsNone);
    });

    it('writes what is typed into the file and the preview panel, in the preview’s language', async () => {
      const { panel, editor, doc } = await mount(partnershipKind, 'uk');
      editor.editor.previewLang = 'uk';
      await typeInto($(panel, '#f-partnerships-0-title-uk'), 'Сохачев і Крефельд');
      expect(doc().partnerships[0].title.uk).to.equal('Сохачев і Крефельд');
      expect(doc().partnerships[0].title.pl).to.equal('Sochaczew – Krefeld: rozmowy o partnerstwie');
      const preview = $(panel, 'civic-partnership-panel');
      await waitUntil(() => preview.shadowRoot?.querySelector('.title')?.textContent?.trim() === 'Сохачев і Крефельд', 'preview title', { timeout: 5000 });
      // An emptied language is left out of the file.
      await typeInto($(panel, '#f-partnerships-0-title-de'), '');
      expect(Object.keys(doc().partnerships[0].title)).to.deep.equal(['pl', 'en', 'uk']);
    });

    for (const lang of LANGS) {
      it(`points at a wrong country code in ${lang}, and the summary’s link leads to the field`, async () => {
        const { panel } = await mount(partnershipKind, lang);
        const country = $<HTMLInputElement>(panel, '#f-partnerships-0-cities-1-country');
        await typeInto(country, 'de');
        const message = editorTexts(lang).messages.patternCountry;
        expect(country.getAttribute('aria-invalid')).to.equal('true');
        const note = document.getElementById(country.getAttribute('aria-describedby')!.split(' ').pop()!)!;
        expect(note.textContent!.trim()).to.equal(message);
        const link = $<HTMLAnchorElement>(panel, '.problems li a');
        expect(link.closest('li')!.textContent).to.contain(message);
        expect(link.textContent).to.contain(editorTexts(lang).fields.city.country);
        link.focus();
        await sendKeys({ press: 'Enter' });
        expect(document.activeElement).to.equal(country);
        expect(await axeViolations(panel)).to.deep.equal([]);
        await typeInto(country, 'DE');
        expect(country.getAttribute('aria-invalid')).to.equal('false');
      });
    }

    it('adds a milestone with the keyboard and removes it again', async () => {
      const { panel, doc } = await mount(partnershipKind, 'de');
      const add = [...panel.querySelectorAll<HTMLButtonElement>('button.add')].find((b) => b.textContent === 'Ereignis hinzufügen')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      expect(doc().partnerships[0].milestones).to.have.length(2);
      // The new milestone has no title yet: the check says so, in German, beside it.
      const title = $(panel, '#f-partnerships-0-milestones-1-title');
      expect(title.textContent).to.contain('Bitte den Text in mindestens einer Sprache eingeben.');
      const remove = [...panel.querySelectorAll<HTMLButtonElement>('[data-path="/partnerships/0/milestones/1"] button.danger')][0];
      remove.focus();
      await sendKeys({ press: 'Space' });
      expect(doc().partnerships[0].milestones).to.have.length(1);
      expect($(panel, '.problems [role="status"]').textContent).to.equal(editorTexts('de').common.problemsNone);
    });

    it('opens a pasted file and says when a text is not JSON or not a partnership file', async () => {
      const { panel, editor, doc } = await mount(partnershipKind, 'en');
      expect(editor.editor.open('{ not json')).to.equal(false);
      expect($(panel, '.editor-file [role="status"]').textContent).to.equal(editorTexts('en').common.notJson);
      expect(editor.editor.open('{"type":"FeatureCollection","features":[]}')).to.equal(false);
      expect($(panel, '.editor-file [role="status"]').textContent).to.contain('partnership.json');
      const one = { id: 'a-b', title: 'A – B', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'UA' }] };
      expect(editor.editor.open(JSON.stringify(one))).to.equal(true);
      expect(doc().partnerships[0].id).to.equal('a-b');
      // A plain-string text sits in the file's language column.
      expect($<HTMLInputElement>(panel, '#f-partnerships-0-title-pl').value).to.equal('A – B');
    });

    for (const lang of LANGS) {
      it(`passes axe in ${lang}`, async () => {
        const { panel } = await mount(partnershipKind, lang);
        expect($(panel, 'h2').textContent).to.equal(editorTexts(lang).partnership.title);
        expect(await axeViolations(panel)).to.deep.equal([]);
      });
    }
  });

  describe('attractions file', () => {
    const overpass = {
      version: 0.6,
      elements: [
        { type: 'node', id: 101, lat: 52.2264, lon: 20.2342, tags: { name: 'Ruiny zamku', 'name:uk': 'Руїни замку', historic: 'castle' } },
        { type: 'node', id: 102, lat: 52.2295, lon: 20.238, tags: { name: 'Muzeum Ziemi Sochaczewskiej', tourism: 'museum', opening_hours: 'Tu-Su 10:00-16:00', 'addr:street': 'Plac Kościuszki', 'addr:housenumber': '2' } },
        { type: 'way', id: 7, center: { lat: 52.228, lon: 20.241 }, tags: { name: 'Park Chopina', leisure: 'park' } },
        { type: 'node', id: 103, lat: 52.2, lon: 20.2, tags: { amenity: 'bench' } },
      ],
    };

    it('reads an overpass export: categories from tags, names per language, address and hours; said in the editor’s plural', async () => {
      const { panel, editor, doc } = await mount(attractionsKind, 'uk');
      expect(editor.editor.open(JSON.stringify(overpass))).to.equal(true);
      const features = doc().features;
      expect(features.map((f: { properties: { category: string } }) => f.properties.category)).to.deep.equal(['heritage', 'museum', 'park']);
      expect(features[0].properties.name).to.deep.include({ uk: 'Руїни замку' });
      expect(features[0].geometry.coordinates).to.deep.equal([20.2342, 52.2264]);
      expect(features[2].geometry.coordinates).to.deep.equal([20.241, 52.228]);
      expect(features.every((f: { id: string; properties: { id: string } }) => /^[a-z0-9-]+$/.test(f.properties.id) && f.id === f.properties.id)).to.equal(true);
      expect(JSON.stringify(features[1].properties)).to.contain('Plac Kościuszki');
      expect($(panel, '.editor-file [role="status"]').textContent).to.equal('Із тегів OpenStreetMap прочитано 3 місця.');
      expect($(panel, '.problems [role="status"]').textContent).to.equal(editorTexts('uk').common.problemsNone);
    });

    it('adds a place and places it by typing its coordinates; the preview lists it', async () => {
      const { panel, doc } = await mount(attractionsKind, 'en');
      const before = doc().features.length;
      const add = [...panel.querySelectorAll<HTMLButtonElement>('button.add')].find((b) => b.textContent === 'Add a place')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      const i = before;
      // Without a location the check asks for one, at the location fields.
      expect($(panel, `#f-features-${i}-geometry`).textContent).to.contain('This field is required.');
      await typeInto($(panel, `#f-features-${i}-properties-name-en`), 'Town hall');
      await typeInto($(panel, `#f-features-${i}-geometry-coordinates-1`), '52.2291');
      await typeInto($(panel, `#f-features-${i}-geometry-coordinates-0`), '20.2389');
      const added = doc().features[i];
      expect(added.geometry).to.deep.equal({ type: 'Point', coordinates: [20.2389, 52.2291] });
      expect(added.properties.name).to.deep.equal({ en: 'Town hall' });
      expect($(panel, '.problems [role="status"]').textContent).to.equal(editorTexts('en').common.problemsNone);
      const map = $(panel, 'civic-attractions-map');
      await waitUntil(() => map.shadowRoot?.textContent?.includes('Town hall'), 'the preview lists the new place', { timeout: 5000 });
      // A latitude out of range is named at its own input.
      const lat = $<HTMLInputElement>(panel, `#f-features-${i}-geometry-coordinates-1`);
      await typeInto(lat, '95');
      expect(lat.getAttribute('aria-invalid')).to.equal('true');
      expect(document.getElementById(`${lat.id}-problem`)!.textContent!.trim()).to.equal('Must be at most 90.');
    });

    it('asks before loading map tiles, and says so in every language', async () => {
      for (const lang of LANGS) {
        const { panel } = await mount(attractionsKind, lang);
        const words = editorTexts(lang).attractions;
        expect($(panel, '.points').textContent).to.contain(words.mapConsent);
        expect([...panel.querySelectorAll('.points button')].map((b) => b.textContent)).to.deep.equal([words.mapLoad]);
        expect(panel.querySelector('.leaflet-container')).to.equal(null);
        expect(await axeViolations(panel)).to.deep.equal([]);
      }
    });
  });
});
