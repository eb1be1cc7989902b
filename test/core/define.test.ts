import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { civicElement, defineOnce } from '../../src/define.js';

describe('registering elements', () => {
  it('ignores a second registration of the same tag instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineOnce('test-define-once', First);
    expect(() => defineOnce('test-define-once', Second)).not.to.throw();
    expect(customElements.get('test-define-once')).to.equal(First);
  });

  it('works as a class decorator on Lit elements', () => {
    @civicElement('test-define-decorated')
    class Decorated extends LitElement {}
    @civicElement('test-define-decorated')
    class Copy extends LitElement {}
    expect(customElements.get('test-define-decorated')).to.equal(Decorated);
    expect(Copy).to.not.equal(Decorated);
  });

  it('warns (and does not throw) when another script already owns the tag', () => {
    class Theirs extends HTMLElement {}
    customElements.define('test-define-foreign', Theirs);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Ours extends HTMLElement {}
      expect(() => defineOnce('test-define-foreign', Ours)).not.to.throw();
      class OursAgain extends HTMLElement {}
      defineOnce('test-define-mine', OursAgain);
      class SecondCopy extends HTMLElement {}
      defineOnce('test-define-mine', SecondCopy); // a second copy of the library: quiet
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-define-foreign')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-define-foreign> is already defined by another script');
  });
});
