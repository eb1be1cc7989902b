import { expect } from '@open-wc/testing';
import { jointNews } from '../../../src/components/partnership-panel/joint-news.js';
import type { NewsItem } from '../../../src/feeds/types.js';
import { allTexts } from '../../../src/feeds/localized.js';
import { sampleNews } from '../../../stories/news-sample.js';

const item = (id: string, categories: string[], date?: string): NewsItem => ({ id, title: id, categories, date });

describe('partnership panel: joint news filter', () => {
  it('keeps only items tagged for the partnership in the bundled news, newest first', async () => {
    const news = sampleNews; // data/news.json through the real parser
    const found = jointNews(news, 'Współpraca', 10);
    expect(found.length).to.be.greaterThan(0);
    for (const n of found) expect(n.categories.flatMap(allTexts).map((c) => c.toLowerCase())).to.include('współpraca');
    const expected = news.filter((n) => n.categories.flatMap(allTexts).includes('Współpraca')).length;
    expect(found.length).to.equal(expected);
    const dates = found.map((n) => new Date(n.date!).getTime());
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    expect(found.map((n) => n.id)).to.include('sochaczew-i-krefeld-nowa-era-wspolpracy-w-kulturze-i-turystyce');
  });

  it('matches the tag case-insensitively and honours the limit', () => {
    const items = [
      item('a', ['Kultur'], '2026-01-01'),
      item('b', ['WSPÓŁPRACA'], '2026-01-03'),
      item('c', [' współpraca '], '2026-01-02'),
      item('d', ['Współpraca']),
    ];
    expect(jointNews(items, 'współpraca', 10).map((n) => n.id)).to.deep.equal(['b', 'c', 'd']);
    expect(jointNews(items, 'Współpraca', 1).map((n) => n.id)).to.deep.equal(['b']);
    expect(jointNews(items, 'Współpraca', 0)).to.deep.equal([]);
  });

  it('also finds items the feed links to the partnership id', () => {
    const items = [item('a', ['Sport'], '2026-01-01'), { ...item('b', ['Kultur'], '2026-01-02'), partnership: 'p1' }];
    expect(jointNews(items, 'x', 5, 'p1').map((n) => n.id)).to.deep.equal(['b']);
    expect(jointNews(items, undefined, 5, 'p1').map((n) => n.id)).to.deep.equal(['b']);
  });

  it('finds nothing without a tag, items or categories', () => {
    expect(jointNews([item('a', ['x'])], undefined, 3)).to.deep.equal([]);
    expect(jointNews([item('a', ['x'])], '  ', 3)).to.deep.equal([]);
    expect(jointNews(undefined, 'x', 3)).to.deep.equal([]);
    expect(jointNews([{ id: 'z', title: 'z' } as unknown as NewsItem], 'x', 3)).to.deep.equal([]);
  });
});
