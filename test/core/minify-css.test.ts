/**
 * The build minifies css`…` literals (build/minify-css-literals.mjs). Chromium parses each
 * real style sheet before and after: the rules it sees must be the same, so a minifier
 * that changes meaning (a lost descendant space, a squeezed string) fails here.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../build/minify-css-literals.mjs';
import { themeStyles } from '../../src/ui/theme.styles.js';
import { feedStatusStyles } from '../../src/ui/feed-status.styles.js';
import { tickerStyles } from '../../src/components/news-ticker/news-ticker.styles.js';
import { cardsStyles } from '../../src/components/article-cards/article-cards.styles.js';
import { attractionsMapStyles } from '../../src/components/attractions-map/attractions-map.styles.js';
import { panelStyles } from '../../src/components/partnership-panel/partnership-panel.styles.js';
import { mapFrameStyles } from '../../src/map/map.styles.js';
import { drawnMapStyles } from '../../src/map/drawn-map.styles.js';

const rulesOf = (text: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
};

describe('minifyCss (build)', () => {
  const sheets: Record<string, CSSResult> = {
    themeStyles, feedStatusStyles, tickerStyles, cardsStyles, attractionsMapStyles, panelStyles, mapFrameStyles, drawnMapStyles,
  };
  for (const [name, styles] of Object.entries(sheets)) {
    it(`${name}: Chromium reads the same rules, in less text`, () => {
      const minified = minifyCss(styles.cssText);
      const rules = rulesOf(styles.cssText);
      expect(rules.length).to.be.greaterThan(3);
      expect(rulesOf(minified)).to.deep.equal(rules);
      expect(minified.length).to.be.lessThan(styles.cssText.length * 0.85);
    });
  }

  it('keeps strings, descendant spaces before pseudo-classes and calc() operators', () => {
    const out = minifyCss(`/* note */ :host  .a :is(b) > c , d {\n  content: ' · , ; ' ;\n  width: calc(100% - 2px) !important;\n}\n@media (width > 40rem) and (prefers-reduced-motion: reduce) { e { color: red; } }`);
    expect(out).to.equal(":host .a :is(b)>c, d{content:' · , ; ';width:calc(100% - 2px)!important}@media (width>40rem) and (prefers-reduced-motion:reduce){e{color:red}}");
  });
});
