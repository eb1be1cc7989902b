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
});
