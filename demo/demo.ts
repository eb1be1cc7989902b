// The demo page: registers every element and switches the page language (<html lang>),
// which the elements follow by themselves. The hydration support comes first: prerendered
// copies of this page (`npm run bench`, test/e2e/prerender.mjs) run the same script, so the
// two are compared on the same JavaScript; on a page with nothing prerendered it does nothing.
import '../src/hydration.js';
import '../src/index.js';
import { setupPageLanguage, type PageTexts } from './page-language.js';

const texts: PageTexts = {
  pl: {
    skip: 'Przejdź do treści',
    brand: 'Urząd Miejski w Sochaczewie',
    title: 'Sochaczew — miasto nad Bzurą',
    lead: 'Aktualności, atrakcje i partnerstwo z Krefeld: cztery widżety civic-widgets na danych z katalogu data/.',
    news: 'Aktualności',
    map: 'Co warto zobaczyć',
    partner: 'Sochaczew i Krefeld',
    footer: 'Strona demonstracyjna biblioteki civic-widgets. Dane: Sochaczew Info.',
  },
  de: {
    skip: 'Zum Inhalt springen',
    brand: 'Stadtverwaltung Sochaczew',
    title: 'Sochaczew — die Stadt an der Bzura',
    lead: 'Nachrichten, Sehenswürdigkeiten und die Partnerschaft mit Krefeld: vier civic-widgets auf den Daten aus data/.',
    news: 'Aktuelles',
    map: 'Sehenswertes',
    partner: 'Sochaczew und Krefeld',
    footer: 'Demoseite der Bibliothek civic-widgets. Daten: Sochaczew Info.',
  },
  en: {
    skip: 'Skip to content',
    brand: 'Sochaczew Town Hall',
    title: 'Sochaczew — the town on the Bzura',
    lead: 'News, sights and the partnership with Krefeld: four civic-widgets running on the data in data/.',
    news: 'News',
    map: 'Things to see',
    partner: 'Sochaczew and Krefeld',
    footer: 'Demo page of the civic-widgets library. Data: Sochaczew Info.',
  },
  uk: {
    skip: 'Перейти до вмісту',
    brand: 'Міська управа Сохачева',
    title: 'Сохачев — місто над Бзурою',
    lead: 'Новини, визначні місця й партнерство з Крефельдом: чотири віджети civic-widgets на даних із каталогу data/.',
    news: 'Новини',
    map: 'Що варто побачити',
    partner: 'Сохачев і Крефельд',
    footer: 'Демонстраційна сторінка бібліотеки civic-widgets. Дані: Sochaczew Info.',
  },
};

setupPageLanguage(texts);
