import { expect } from '@open-wc/testing';
import * as civic from '../../src/index.js';

describe('the package entry', () => {
  it('registers all four elements and exports what README promises', () => {
    for (const tag of ['civic-news-ticker', 'civic-article-cards', 'civic-attractions-map', 'civic-partnership-panel']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect(civic.addTranslations).to.be.a('function');
    expect(civic.availableLanguages()).to.include.members(['pl', 'de', 'en', 'uk']);
    expect(civic.feedSettings).to.include.keys('maxBytes', 'maxItems', 'kinds');
    expect(civic.clearSavedFeeds).to.be.a('function');
    expect(new civic.CivicFeedLoadEvent({ url: 'x', count: 1, fromCache: false })).to.include({ type: 'civic-feed-load', bubbles: true, composed: true });
  });
});
