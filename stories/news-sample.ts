// The bundled data/news.json as NewsItem[] (converted by hand until the feed layer lands),
// shared by the stories and the tests of the news elements.
import type { NewsItem } from '../src/feeds/types.js';

export const sampleNews: NewsItem[] = [
  {
    "id": "nowy-tomik-grazyny-grobelskiej-wiersze-o-emocjach-i-odrodzeniu-warszawy",
    "url": "https://sochaczew.info/nowy-tomik-grazyny-grobelskiej-wiersze-o-emocjach-i-odrodzeniu-warszawy/",
    "title": {
      "pl": "Nowy tomik Grażyny Grobelskiej: wiersze o emocjach i odrodzeniu Warszawy",
      "de": "Neuer Gedichtband von Grażyna Grobelska: Gedichte über Gefühle und die Wiedergeburt Warschaus",
      "en": "Grażyna Grobelska’s new collection: poems about emotions and the rebirth of Warsaw"
    },
    "excerpt": {
      "pl": "W Muzeum Ziemi Sochaczewskiej i Pola Bitwy nad Bzurą miało miejsce interesujące wydarzenie kulturalne, które przyciągnęło licznych miłośników literatury. Było to spotkanie autorskie z Grażyną Grobelską poświęcone jej nowemu tomikowi wierszy.",
      "de": "Im Museum des Sochaczewer Landes und des Schlachtfelds an der Bzura fand eine Autorenlesung mit Grażyna Grobelska statt, die zahlreiche Literaturfreunde anzog. Im Mittelpunkt stand ihr neuer Gedichtband.",
      "en": "An author meeting with Grażyna Grobelska at the Museum of the Sochaczew Land and the Bzura Battlefield drew many lovers of literature. It was devoted to her new collection of poems."
    },
    "date": "2026-03-21T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Kultura",
      "Literatura",
      "Podróże"
    ],
    "image": "/data/images/news-culture.svg",
    "imageAlt": {
      "pl": "Ilustracja: otwarta książka i paleta z pędzlem",
      "de": "Illustration: aufgeschlagenes Buch und Malerpalette mit Pinsel",
      "en": "Illustration: an open book and a painter’s palette with a brush"
    },
    "views": 13,
    "language": "pl"
  },
  {
    "id": "pozar-tunelu-foliowego-w-kozuszkach-parcel-blyskawiczna-interwencja-strazakow",
    "url": "https://sochaczew.info/pozar-tunelu-foliowego-w-kozuszkach-parcel-blyskawiczna-interwencja-strazakow/",
    "title": {
      "pl": "Pożar tunelu fiolowego w Kożuszkach-Parcel: błyskawiczna interwencja strażaków",
      "de": "Brand eines Folientunnels in Kożuszki-Parcel: schneller Einsatz der Feuerwehr",
      "en": "Polytunnel fire in Kożuszki-Parcel: firefighters respond swiftly"
    },
    "excerpt": {
      "pl": "W Kożuszkach-Parcel zapalił się tunel foliowy. Strażacy szybko podjęli interwencję.",
      "de": "In Kożuszki-Parcel geriet ein Folientunnel in Brand. Die Feuerwehr griff rasch ein.",
      "en": "A polytunnel caught fire in Kożuszki-Parcel. Firefighters responded quickly."
    },
    "date": "2026-03-20T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Uncategorized"
    ],
    "image": "/data/images/news-safety.svg",
    "imageAlt": {
      "pl": "Ilustracja: hełm strażacki i sygnał ostrzegawczy",
      "de": "Illustration: Feuerwehrhelm und Warnlicht",
      "en": "Illustration: a firefighter’s helmet and a warning light"
    },
    "views": 16,
    "language": "pl"
  },
  {
    "id": "sochaczew-na-konferencji-edukacja-przyszlosci-innowacje-i-wyzwania-w-lokalnej-oswiacie",
    "url": "https://sochaczew.info/sochaczew-na-konferencji-edukacja-przyszlosci-innowacje-i-wyzwania-w-lokalnej-oswiacie/",
    "title": {
      "pl": "Sochaczew na konferencji „Edukacja Przyszłości” – innowacje i wyzwania w lokalnej oświacie",
      "de": "Sochaczew auf der Konferenz „Bildung der Zukunft“ – Innovationen und Herausforderungen im örtlichen Schulwesen",
      "en": "Sochaczew at the “Education of the Future” conference – innovation and challenges in local schooling"
    },
    "excerpt": {
      "pl": "Sochaczew wziął udział w konferencji „Edukacja Przyszłości”. Tematem były innowacje i wyzwania stojące przed lokalną oświatą.",
      "de": "Sochaczew nahm an der Konferenz „Bildung der Zukunft“ teil. Es ging um Innovationen und Herausforderungen für das örtliche Schulwesen.",
      "en": "Sochaczew took part in the “Education of the Future” conference, which focused on innovation and the challenges facing local education."
    },
    "date": "2026-03-20T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Edukacja",
      "Wydarzenia"
    ],
    "image": "/data/images/news-education.svg",
    "imageAlt": {
      "pl": "Ilustracja: biret absolwenta nad stosem książek",
      "de": "Illustration: Doktorhut über einem Bücherstapel",
      "en": "Illustration: a graduation cap above a stack of books"
    },
    "views": 22,
    "language": "pl"
  },
  {
    "id": "nagrody-dla-laureatow-i-miedzyszkolnego-konkursu-plastycznego-im-pplk-lukasza-cieplinskiego",
    "url": "https://sochaczew.info/nagrody-dla-laureatow-i-miedzyszkolnego-konkursu-plastycznego-im-pplk-lukasza-cieplinskiego/",
    "title": {
      "pl": "Nagrody dla laureatów I Międzyszkolnego Konkursu Plastycznego im. ppłk. Łukasza Cieplińskiego",
      "de": "Preise für die Gewinner des 1. schulübergreifenden Kunstwettbewerbs „Oberstleutnant Łukasz Ciepliński“",
      "en": "Prizes for the winners of the 1st Inter-School Art Competition named after Lt Col Łukasz Ciepliński"
    },
    "excerpt": {
      "pl": "Laureaci I Międzyszkolnego Konkursu Plastycznego im. ppłk. Łukasza Cieplińskiego odebrali nagrody.",
      "de": "Die Preisträger des 1. schulübergreifenden Kunstwettbewerbs, benannt nach Oberstleutnant Łukasz Ciepliński, erhielten ihre Auszeichnungen.",
      "en": "The winners of the 1st Inter-School Art Competition named after Lieutenant Colonel Łukasz Ciepliński received their prizes."
    },
    "date": "2026-03-20T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Kultura",
      "Wydarzenia"
    ],
    "image": "/data/images/news-culture.svg",
    "imageAlt": {
      "pl": "Ilustracja: otwarta książka i paleta z pędzlem",
      "de": "Illustration: aufgeschlagenes Buch und Malerpalette mit Pinsel",
      "en": "Illustration: an open book and a painter’s palette with a brush"
    },
    "views": 16,
    "language": "pl"
  },
  {
    "id": "w-sochaczewie-wypadek-ciezarowki-strazacy-walcza-z-wyciekiem-paliwa",
    "url": "https://sochaczew.info/w-sochaczewie-wypadek-ciezarowki-strazacy-walcza-z-wyciekiem-paliwa/",
    "title": {
      "pl": "W Sochaczewie wypadek ciężarówki: strażacy walczą z wyciekiem paliwa",
      "de": "Lkw-Unfall in Sochaczew: Feuerwehr kämpft gegen auslaufenden Kraftstoff",
      "en": "Lorry accident in Sochaczew: firefighters tackle a fuel leak"
    },
    "excerpt": {
      "pl": "W Sochaczewie doszło do wypadku ciężarówki. Strażacy usuwali skutki wycieku paliwa.",
      "de": "In Sochaczew verunglückte ein Lkw. Die Feuerwehr beseitigte die Folgen des ausgelaufenen Kraftstoffs.",
      "en": "A lorry was involved in an accident in Sochaczew. Firefighters dealt with the resulting fuel leak."
    },
    "date": "2026-03-20T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Wydarzenia",
      "Wypadki"
    ],
    "image": "/data/images/news-safety.svg",
    "imageAlt": {
      "pl": "Ilustracja: hełm strażacki i sygnał ostrzegawczy",
      "de": "Illustration: Feuerwehrhelm und Warnlicht",
      "en": "Illustration: a firefighter’s helmet and a warning light"
    },
    "views": 24,
    "language": "pl"
  },
  {
    "id": "wiosenne-warsztaty-literackie-dla-dzieci-w-sochaczewie",
    "url": "https://sochaczew.info/wiosenne-warsztaty-literackie-dla-dzieci-w-sochaczewie/",
    "title": {
      "pl": "Wiosenne warsztaty literackie dla dzieci w Sochaczewie",
      "de": "Literarische Frühlingswerkstatt für Kinder in Sochaczew",
      "en": "Spring creative-writing workshops for children in Sochaczew"
    },
    "excerpt": {
      "pl": "W Sochaczewie odbyły się wiosenne warsztaty literackie dla dzieci.",
      "de": "In Sochaczew fand eine literarische Frühlingswerkstatt für Kinder statt.",
      "en": "Spring literary workshops for children took place in Sochaczew."
    },
    "date": "2026-03-19T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Kultura",
      "Wydarzenia"
    ],
    "image": "/data/images/news-culture.svg",
    "imageAlt": {
      "pl": "Ilustracja: otwarta książka i paleta z pędzlem",
      "de": "Illustration: aufgeschlagenes Buch und Malerpalette mit Pinsel",
      "en": "Illustration: an open book and a painter’s palette with a brush"
    },
    "views": 21,
    "language": "pl"
  },
  {
    "id": "edukacja-i-kultura-jako-zrodlo-nadziei-w-czasach-wojny",
    "url": "https://sochaczew.info/edukacja-i-kultura-jako-zrodlo-nadziei-w-czasach-wojny/",
    "title": {
      "pl": "Edukacja i kultura jako źródło nadziei w czasach wojny",
      "de": "Bildung und Kultur als Quelle der Hoffnung in Kriegszeiten",
      "en": "Education and culture as a source of hope in times of war"
    },
    "excerpt": {
      "pl": "Tekst o tym, jak edukacja i kultura dają nadzieję w czasach wojny.",
      "de": "Ein Beitrag darüber, wie Bildung und Kultur in Kriegszeiten Hoffnung geben.",
      "en": "An article on how education and culture offer hope in times of war."
    },
    "date": "2026-03-19T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Edukacja",
      "Kultura",
      "Współpraca"
    ],
    "image": "/data/images/news-education.svg",
    "imageAlt": {
      "pl": "Ilustracja: biret absolwenta nad stosem książek",
      "de": "Illustration: Doktorhut über einem Bücherstapel",
      "en": "Illustration: a graduation cap above a stack of books"
    },
    "views": 29,
    "language": "pl"
  },
  {
    "id": "wypadek-na-dk50-samochod-zjechal-z-drogi-na-szczescie-nikt-nie-ucierpial",
    "url": "https://sochaczew.info/wypadek-na-dk50-samochod-zjechal-z-drogi-na-szczescie-nikt-nie-ucierpial/",
    "title": {
      "pl": "Wypadek na DK50: samochód zjechał z drogi, na szczęście nikt nie ucierpiał",
      "de": "Unfall auf der DK50: Auto kommt von der Straße ab, zum Glück niemand verletzt",
      "en": "Accident on the DK50: car leaves the road, fortunately no one hurt"
    },
    "excerpt": {
      "pl": "Na drodze krajowej nr 50 samochód zjechał z jezdni. Nikt nie odniósł obrażeń.",
      "de": "Auf der Landesstraße 50 kam ein Auto von der Fahrbahn ab. Niemand wurde verletzt.",
      "en": "A car left the road on national road 50. No one was injured."
    },
    "author": "Bartosz Kawczyński",
    "categories": [],
    "image": "/data/images/news-safety.svg",
    "imageAlt": {
      "pl": "Ilustracja: hełm strażacki i sygnał ostrzegawczy",
      "de": "Illustration: Feuerwehrhelm und Warnlicht",
      "en": "Illustration: a firefighter’s helmet and a warning light"
    },
    "language": "pl"
  },
  {
    "id": "sochaczew-i-krefeld-nowa-era-wspolpracy-w-kulturze-i-turystyce",
    "url": "https://sochaczew.info/sochaczew-i-krefeld-nowa-era-wspolpracy-w-kulturze-i-turystyce/",
    "title": {
      "pl": "Sochaczew i Krefeld: Nowa era współpracy w kulturze i turystyce",
      "de": "Sochaczew und Krefeld: eine neue Ära der Zusammenarbeit in Kultur und Tourismus",
      "en": "Sochaczew and Krefeld: a new era of cooperation in culture and tourism"
    },
    "excerpt": {
      "pl": "Przedstawiciele Sochaczewa i niemieckiego Krefeld spotkali się online, by rozmawiać o współpracy w dziedzinie kultury, turystyki i nowoczesnych rozwiązań miejskich. Uczestnicy wyrazili chęć kontynuowania rozmów.",
      "de": "Vertreterinnen und Vertreter von Sochaczew und Krefeld trafen sich online, um über eine Zusammenarbeit in Kultur, Tourismus und modernen städtischen Lösungen zu sprechen. Beide Seiten möchten die Gespräche fortsetzen.",
      "en": "Representatives of Sochaczew and the German city of Krefeld met online to discuss cooperation in culture, tourism and modern urban solutions. Both sides expressed the wish to continue the talks."
    },
    "date": "2025-12-19T10:00:00+01:00",
    "author": "Bartosz Kawczyński",
    "categories": [
      "Kultura",
      "Współpraca",
      "Wydarzenia"
    ],
    "image": "/data/images/news-partnership.svg",
    "imageAlt": {
      "pl": "Ilustracja: dwie stylizowane sylwetki miast połączone łukiem",
      "de": "Illustration: zwei stilisierte Stadtsilhouetten, durch einen Bogen verbunden",
      "en": "Illustration: two stylised city skylines joined by an arc"
    },
    "views": 216,
    "language": "pl"
  },
  {
    "id": "nowe-ubrania-osp-budy-stare-klucz-do-wiekszego-bezpieczenstwa-w-akcji",
    "url": "https://sochaczew.info/nowe-ubrania-osp-budy-stare-klucz-do-wiekszego-bezpieczenstwa-w-akcji/",
    "title": {
      "pl": "Nowe ubrania OSP Budy Stare: Klucz do większego bezpieczeństwa w akcji",
      "de": "Neue Schutzkleidung für die Freiwillige Feuerwehr Budy Stare: mehr Sicherheit im Einsatz",
      "en": "New gear for the Budy Stare volunteer fire brigade: the key to greater safety in action"
    },
    "excerpt": {
      "pl": "Ochotnicza Straż Pożarna w Budach Starych otrzymała nowe ubrania. Mają one zwiększyć bezpieczeństwo strażaków podczas akcji.",
      "de": "Die Freiwillige Feuerwehr in Budy Stare hat neue Schutzkleidung erhalten, die die Sicherheit bei Einsätzen erhöhen soll.",
      "en": "The volunteer fire brigade in Budy Stare has received new protective clothing, intended to make firefighters safer during operations."
    },
    "author": "Bartosz Kawczyński",
    "categories": [],
    "image": "/data/images/news-safety.svg",
    "imageAlt": {
      "pl": "Ilustracja: hełm strażacki i sygnał ostrzegawczy",
      "de": "Illustration: Feuerwehrhelm und Warnlicht",
      "en": "Illustration: a firefighter’s helmet and a warning light"
    },
    "language": "pl"
  },
  {
    "id": "co-warto-zobaczyc-w-sochaczewie",
    "url": "https://sochaczew.info/co-warto-zobaczyc-w-sochaczewie/",
    "title": {
      "pl": "Co warto zobaczyć w Sochaczewie",
      "de": "Sehenswertes in Sochaczew",
      "en": "What to see in Sochaczew"
    },
    "excerpt": {
      "pl": "Przewodnik po najważniejszych miejscach Sochaczewa: od ruin Zamku Książąt Mazowieckich, muzeów i Wieży Ciśnień po Park im. Fryderyka Chopina z bulwarami nad Bzurą, Kościół św. Wawrzyńca, cmentarze i Kramnice Miejskie.",
      "de": "Ein Führer zu den wichtigsten Orten von Sochaczew: von der Burgruine der Masowischen Herzöge, den Museen und dem Wasserturm bis zum Frédéric-Chopin-Park mit der Bzura-Promenade, der Laurentiuskirche, den Friedhöfen und den städtischen Markthallen.",
      "en": "A guide to Sochaczew’s key places: from the ruins of the Castle of the Dukes of Masovia, the museums and the water tower to Frédéric Chopin Park with the Bzura riverside walk, St Lawrence’s Church, the cemeteries and the town market halls."
    },
    "author": "Bartosz Kawczyński",
    "categories": [
      "Turystyka"
    ],
    "image": "/data/images/news-tourism.svg",
    "imageAlt": {
      "pl": "Ilustracja: pinezka na mapie nad rzeką i ruinami zamku",
      "de": "Illustration: Kartennadel über einem Fluss und einer Burgruine",
      "en": "Illustration: a map pin above a river and castle ruins"
    },
    "language": "pl"
  },
  {
    "id": "atrakcje-dla-dzieci-w-sochaczewie",
    "url": "https://sochaczew.info/atrakcje-dla-dzieci-w-sochaczewie/",
    "title": {
      "pl": "Atrakcje dla dzieci w Sochaczewie",
      "de": "Ausflugsziele für Kinder in Sochaczew",
      "en": "Things to do with children in Sochaczew"
    },
    "excerpt": {
      "pl": "Propozycje dla rodzin z dziećmi: Świat Dziecka oraz Frajdalandia – Rodzinny Park Rozrywki w Budach Iłowskich.",
      "de": "Tipps für Familien mit Kindern: Świat Dziecka und Frajdalandia, ein Familien-Freizeitpark in Budy Iłowskie.",
      "en": "Ideas for families with children: Świat Dziecka and Frajdalandia, a family amusement park in Budy Iłowskie."
    },
    "author": "Bartosz Kawczyński",
    "categories": [
      "Turystyka"
    ],
    "image": "/data/images/news-tourism.svg",
    "imageAlt": {
      "pl": "Ilustracja: pinezka na mapie nad rzeką i ruinami zamku",
      "de": "Illustration: Kartennadel über einem Fluss und einer Burgruine",
      "en": "Illustration: a map pin above a river and castle ruins"
    },
    "language": "pl"
  },
  {
    "id": "zabytki-sochaczewa",
    "url": "https://sochaczew.info/zabytki-sochaczewa/",
    "title": {
      "pl": "Zabytki Sochaczewa",
      "de": "Baudenkmäler in Sochaczew",
      "en": "Historic monuments of Sochaczew"
    },
    "excerpt": {
      "pl": "Przegląd zabytków miasta, wśród nich klasycystyczny Dwór w Czerwonce.",
      "de": "Ein Überblick über die Baudenkmäler der Stadt, darunter das klassizistische Gutshaus in Czerwonka.",
      "en": "An overview of the town’s historic monuments, including the neoclassical manor house in Czerwonka."
    },
    "author": "Bartosz Kawczyński",
    "categories": [
      "Turystyka"
    ],
    "image": "/data/images/news-tourism.svg",
    "imageAlt": {
      "pl": "Ilustracja: pinezka na mapie nad rzeką i ruinami zamku",
      "de": "Illustration: Kartennadel über einem Fluss und einer Burgruine",
      "en": "Illustration: a map pin above a river and castle ruins"
    },
    "language": "pl"
  },
  {
    "id": "najciekawsze-atrakcje-powiatu-sochaczewskiego",
    "url": "https://sochaczew.info/najciekawsze-atrakcje-powiatu-sochaczewskiego/",
    "title": {
      "pl": "Najciekawsze atrakcje powiatu sochaczewskiego",
      "de": "Die interessantesten Ausflugsziele im Kreis Sochaczew",
      "en": "Top attractions of Sochaczew County"
    },
    "excerpt": {
      "pl": "Miejsca warte odwiedzenia w okolicy Sochaczewa, m.in. Dom Urodzenia Fryderyka Chopina w Żelazowej Woli i Moto Przystań nad Bzurą.",
      "de": "Lohnende Ziele rund um Sochaczew, darunter das Geburtshaus von Frédéric Chopin in Żelazowa Wola und die Moto Przystań an der Bzura.",
      "en": "Places worth visiting around Sochaczew, including Frédéric Chopin’s birthplace in Żelazowa Wola and the Moto Przystań marina on the Bzura."
    },
    "author": "Bartosz Kawczyński",
    "categories": [
      "Turystyka"
    ],
    "image": "/data/images/news-tourism.svg",
    "imageAlt": {
      "pl": "Ilustracja: pinezka na mapie nad rzeką i ruinami zamku",
      "de": "Illustration: Kartennadel über einem Fluss und einer Burgruine",
      "en": "Illustration: a map pin above a river and castle ruins"
    },
    "language": "pl"
  },
  {
    "id": "dwor-w-czerwonce",
    "url": "https://sochaczew.info/dwor-w-czerwonce/",
    "title": {
      "pl": "Dwór w Czerwonce",
      "de": "Gutshaus in Czerwonka",
      "en": "Czerwonka Manor House"
    },
    "excerpt": {
      "pl": "Klasycystyczny dwór z około 1800 roku w sochaczewskiej dzielnicy Czerwonka, otoczony parkiem; dziś siedziba szkoły muzycznej.",
      "de": "Ein klassizistisches Gutshaus von etwa 1800 im Sochaczewer Stadtteil Czerwonka, umgeben von einem Park; heute Sitz einer Musikschule.",
      "en": "A neoclassical manor house from around 1800 in Sochaczew’s Czerwonka district, set in a park; today home to a music school."
    },
    "author": "Bartosz Kawczyński",
    "categories": [
      "Turystyka"
    ],
    "image": "/data/images/news-tourism.svg",
    "imageAlt": {
      "pl": "Ilustracja: pinezka na mapie nad rzeką i ruinami zamku",
      "de": "Illustration: Kartennadel über einem Fluss und einer Burgruine",
      "en": "Illustration: a map pin above a river and castle ruins"
    },
    "language": "pl"
  }
];

/** `count` made-up items (for paging and the benchmark), newest first. */
export function manyNews(count: number): NewsItem[] {
  return Array.from({ length: count }, (_, i) => {
    const base = sampleNews[i % sampleNews.length];
    return {
      ...base,
      id: `${base.id}-${i}`,
      url: `${base.url ?? 'https://sochaczew.info/'}#${i}`,
      date: new Date(Date.UTC(2026, 2, 21, 9) - i * 3_600_000).toISOString(),
      views: i * 7,
    };
  });
}

import { saveCopy } from '../src/feeds/storage.js';
import { resolveFeedUrl } from '../src/feeds/loader.js';

/** The bundled items with the second marked "breaking" (for the ticker). */
export const sampleWithBreaking: NewsItem[] = sampleNews.map((item, i) => (i === 1 ? { ...item, breaking: true } : item));

/**
 * Puts a three-day-old saved copy of the bundled feed in place for `src`, so an element
 * whose `src` then fails shows the "may be out of date" state over that copy.
 */
export function seedStaleCopy(src: string): string {
  const url = resolveFeedUrl(src, 'pl');
  if (url) {
    saveCopy('news', url, {
      data: { items: sampleNews, skipped: 0, language: 'pl', title: 'Sochaczew Info' },
      savedAt: Date.now() - 3 * 24 * 3_600_000,
    });
  }
  return src;
}
