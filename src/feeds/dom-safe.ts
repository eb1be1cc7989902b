/**
 * DOM reads that untrusted markup cannot clobber. In a parsed document, a `<form>` holding
 * `<input name="nextSibling">` makes `form.nextSibling` return that input (a walk then loops
 * forever), `name="localName"` turns a string into an element, and `<img name="body">`
 * replaces `document.body`. Walks over feed markup therefore call the prototype getters.
 */
import { feedDom } from './environment.js';

type Read<T> = (node: Node) => T;

/** The getter `name` of a prototype (or the nearest prototype above it that has one: a DOM may define it higher up). */
function getter<T>(proto: () => object, name: string): Read<T> {
  let get: ((this: Node) => T) | undefined;
  const find = () => {
    for (let p: object | null = proto(); p; p = Object.getPrototypeOf(p)) {
      const found = Object.getOwnPropertyDescriptor(p, name)?.get;
      if (found) return found as (this: Node) => T;
    }
    throw new TypeError(`no getter ${name}`);
  };
  return (node) => (get ??= find()).call(node);
}

export const firstChildOf = getter<Node | null>(() => feedDom().Node.prototype, 'firstChild');
export const nextSiblingOf = getter<Node | null>(() => feedDom().Node.prototype, 'nextSibling');
export const nodeTypeOf = getter<number>(() => feedDom().Node.prototype, 'nodeType');
// Read on text nodes only; from CharacterData, where a DOM may override Node's (happy-dom does).
export const nodeValueOf = getter<string | null>(() => feedDom().CharacterData.prototype, 'nodeValue');
export const localNameOf = getter<string>(() => feedDom().Element.prototype, 'localName');
const bodyGetter = getter<HTMLElement | null>(() => feedDom().Document.prototype, 'body');

/** The real `<body>` of a parsed document (never an element named "body"). */
export const bodyOf = (doc: Document) => bodyGetter(doc as unknown as Node);

/** An attribute read with Element's own method (a form's `getAttribute` can be an input). */
export const attributeOf = (el: Element, name: string): string | null => feedDom().Element.prototype.getAttribute.call(el, name);

/** The first match inside a parsed element, with Element's own method (a form's can be an input). */
export const queryIn = (root: Element, selector: string): Element | null => feedDom().Element.prototype.querySelector.call(root, selector);
