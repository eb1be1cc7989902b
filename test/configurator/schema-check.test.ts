// The configurator's schema checker against the published schemas: the bundled files pass,
// each kind of mistake is found at the field it is about, and the editor words it in every language.
import { expect } from '@open-wc/testing';
import partnershipSchema from '../../data/schema/partnership.schema.json?data';
import attractionsSchema from '../../data/schema/attractions.schema.json?data';
import { checkSchema, type Schema } from '../../demo/configurator/schema-check.js';
import { problemText } from '../../demo/configurator/editor/messages.js';

const partnership = partnershipSchema as Schema;
const attractions = attractionsSchema as Schema;
const load = async (path: string) => (await fetch(path)).json();
const codes = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path} ${p.code}`);

describe('configurator schema check', () => {
  it('passes the bundled partnership file and attractions file', async () => {
    expect(checkSchema(await load('/data/partnership.json'), partnership)).to.deep.equal([]);
    expect(checkSchema(await load('/data/attractions.geojson'), attractions)).to.deep.equal([]);
  });

  it('finds each partnership mistake at its field', async () => {
    const file = await load('/data/partnership.json');
    const p = file.partnerships[0];
    delete p.title;
    p.status = 'planned';
    p.since = '2025-02-30';
    p.cities[0].country = 'pl';
    p.cities[1].population = 'many';
    p.cities[1].lat = 123;
    p.title = undefined;
    p.next = { PL: 'x' };
    p.contacts[0].email = 'not-an-address';
    p.milestones[0].url = 'javascript:alert(1)';
    p.areas[0].title = {};
    expect(codes(checkSchema(file, partnership))).to.have.members([
      '/partnerships/0/title required',
      '/partnerships/0/status enum',
      '/partnerships/0/since format',
      '/partnerships/0/next/PL pattern',
      '/partnerships/0/cities/0/country pattern',
      '/partnerships/0/cities/1/population type',
      '/partnerships/0/cities/1/lat maximum',
      '/partnerships/0/areas/0/title minProperties',
      '/partnerships/0/milestones/0/url pattern',
      '/partnerships/0/contacts/0/email format',
    ]);
  });

  it('asks for exactly two cities and the file’s version', async () => {
    const file = await load('/data/partnership.json');
    file.version = 2;
    file.partnerships[0].cities.pop();
    expect(codes(checkSchema(file, partnership))).to.have.members(['/version const', '/partnerships/0/cities minItems']);
  });

  it('finds attraction mistakes: longitude out of range, a bad id, no name, a point that is not a Point', async () => {
    const file = await load('/data/attractions.geojson');
    file.features[0].geometry.coordinates = [200, 52];
    file.features[1].properties.id = 'Muzeum Ziemi';
    delete file.features[2].properties.name;
    file.features[3].geometry.type = 'Polygon';
    file.features[4].properties.locationPrecision = 'roughly';
    expect(codes(checkSchema(file, attractions))).to.have.members([
      '/features/0/geometry/coordinates/0 maximum',
      '/features/1/properties/id pattern',
      '/features/2/properties/name required',
      '/features/3/geometry/type const',
      '/features/4/properties/locationPrecision enum',
    ]);
  });

  describe('messages in the editor’s language', () => {
    const country = { path: '/partnerships/0/cities/0/country', code: 'pattern' as const, expected: '^[A-Z]{2}$' };
    const cases: [string, string][] = [
      ['pl', 'Wpisz dwuliterowy kod kraju wielkimi literami, np. PL lub DE.'],
      ['de', 'Bitte den zweibuchstabigen Ländercode in Großbuchstaben, z. B. PL oder DE.'],
      ['en', 'Use the two-letter country code in capitals, e.g. PL or DE.'],
      ['uk', 'Введіть дволітерний код країни великими латинськими літерами, напр. PL або DE.'],
    ];
    for (const [lang, text] of cases) {
      it(`${lang}: says what a country code looks like`, () => {
        expect(problemText(country, lang)).to.equal(text);
      });
    }

    it('has words for every problem in every language (no {{…}} left, no code names)', () => {
      const problems = [
        { path: '', code: 'required', expected: 'title' },
        { path: '', code: 'type', expected: 'integer' },
        { path: '', code: 'type', expected: 'number' },
        { path: '', code: 'type', expected: 'string' },
        { path: '', code: 'type', expected: 'object' },
        { path: '', code: 'const', expected: 1 },
        { path: '', code: 'enum', expected: ['a', 'b'] },
        { path: '', code: 'pattern', expected: '^[a-z0-9-]+$' },
        { path: '', code: 'pattern', expected: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
        { path: '', code: 'pattern', expected: '^(https?://|(?![A-Za-z][A-Za-z0-9+.-]*:))\\S+$' },
        { path: '', code: 'pattern', expected: 'x' },
        { path: '', code: 'format', expected: 'date' },
        { path: '', code: 'format', expected: 'email' },
        { path: '', code: 'minimum', expected: -90 },
        { path: '', code: 'maximum', expected: 90 },
        { path: '', code: 'minItems', expected: 2 },
        { path: '', code: 'maxItems', expected: 2 },
        { path: '', code: 'minProperties', expected: 1 },
        { path: '', code: 'unknownField', expected: 'colour' },
        { path: '', code: 'oneOf', expected: ['string', 'object'] },
      ] as const;
      for (const lang of ['pl', 'de', 'en', 'uk']) {
        for (const problem of problems) {
          const text = problemText(problem as never, lang);
          expect(text, `${lang} ${problem.code}`).to.match(/\S/);
          expect(text, `${lang} ${problem.code}`).not.to.match(/\{\{|undefined|minItems|pattern/);
        }
      }
    });
  });
});
