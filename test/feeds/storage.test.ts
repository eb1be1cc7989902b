import '../../src/feeds/parse.js'; // every kind's parser, as a page with all four elements has
import { expect } from '@open-wc/testing';
import { clearSavedFeeds, forgetMemoryCopies, readCopy, saveCopy, MAX_STORED_FEEDS } from '../../src/feeds/storage.js';
import { loadFeed } from '../../src/feeds/loader.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';
import type { NewsFeed } from '../../src/feeds/model.js';

const data: NewsFeed = { items: [{ id: '1', title: 'T', categories: [] }], skipped: 0 };
const PREFIX = 'civic-widgets:feed:v1:';
const stored = () => Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));

describe('saved copies (memory + localStorage)', () => {
  beforeEach(() => clearSavedFeeds());
  afterEach(() => clearSavedFeeds());

  it('keeps a copy for the next visit', () => {
    saveCopy(newsDescriptor, 'https://a.example/feed', { data, savedAt: 1000, etag: '"x"' });
    forgetMemoryCopies();
    const copy = readCopy(newsDescriptor, 'https://a.example/feed')!;
    expect(copy.data).to.deep.equal(data);
    expect(copy.etag).to.equal('"x"');
    expect(copy.live).to.be.false;
  });

  it(`keeps at most ${MAX_STORED_FEEDS} feeds, dropping the oldest`, () => {
    for (let i = 0; i < 20; i++) saveCopy(newsDescriptor, `https://a.example/${i}`, { data, savedAt: 1000 + i });
    expect(stored()).to.have.length(MAX_STORED_FEEDS);
    forgetMemoryCopies();
    expect(readCopy(newsDescriptor, 'https://a.example/0')).to.equal(undefined);
    expect(readCopy(newsDescriptor, 'https://a.example/19')).to.not.equal(undefined);
  });

  it('does not store a copy larger than the limit (memory still has it)', () => {
    const big: NewsFeed = { items: [{ id: '1', title: 'x'.repeat(1_100_000), categories: [] }], skipped: 0 };
    saveCopy(newsDescriptor, 'https://a.example/big', { data: big, savedAt: 1 });
    expect(stored()).to.have.length(0);
    expect(readCopy(newsDescriptor, 'https://a.example/big')).to.not.equal(undefined);
  });

  it('ignores junk in storage', () => {
    localStorage.setItem(`${PREFIX}news https://a.example/junk`, '{not json');
    localStorage.setItem(`${PREFIX}news https://a.example/shape`, JSON.stringify({ savedAt: 1, data: { items: 'no' } }));
    expect(readCopy(newsDescriptor, 'https://a.example/junk')).to.equal(undefined);
    expect(readCopy(newsDescriptor, 'https://a.example/shape')).to.equal(undefined);
  });

  it('re-checks a stored copy: broken items and unsafe URLs written by someone else are dropped', () => {
    localStorage.setItem(
      `${PREFIX}news https://a.example/tampered`,
      JSON.stringify({ savedAt: 1, data: { items: [{ id: '1', title: 'ok', categories: [], url: 'javascript:alert(1)' }, { title: 'no id' }, null], skipped: 0 } }),
    );
    const copy = readCopy(newsDescriptor, 'https://a.example/tampered')!;
    expect(copy.data.items).to.have.length(1);
    expect(copy.data.items[0].url).to.equal(undefined);
  });

  it('survives a full storage (QuotaExceededError) and still loads', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      saveCopy(newsDescriptor, 'https://a.example/full', { data, savedAt: 1 });
      const result = await loadFeed(newsDescriptor, new URL('/data/news.json', location.href).href, { timeoutMs: 5000 });
      expect(result.data.items).to.have.length(15);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('survives disabled storage (SecurityError on access) and still loads', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    // WebKit's JIT may keep reaching the original getter once warm: storage's own methods refuse too.
    const { getItem, setItem } = Storage.prototype;
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.getItem = denied;
    Storage.prototype.setItem = denied;
    try {
      saveCopy(newsDescriptor, 'https://a.example/denied', { data, savedAt: 1 });
      forgetMemoryCopies();
      expect(readCopy(newsDescriptor, 'https://a.example/denied')).to.equal(undefined);
      const result = await loadFeed(newsDescriptor, new URL('/data/news.json?denied', location.href).href, { timeoutMs: 5000 });
      expect(result.data.items).to.have.length(15);
      clearSavedFeeds();
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });
});
