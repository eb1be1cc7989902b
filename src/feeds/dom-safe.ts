/**
 * DOM reads that untrusted markup cannot clobber. In a parsed document, a `<form>` holding
 * `<input name="nextSibling">` makes `form.nextSibling` return that input (a walk then loops
 * forever), `name="localName"` turns a string into an element, and `<img name="body">`
 * replaces `document.body`. Walks over feed markup therefore call the prototype getters.
 */
type Read<T> = (node: Node) => T;
type DomClass = 'Node' | 'Element' | 'Document';

/** The prototype that defines `name`: the page's class, else (a DOM handed in for server rendering) up the node's own chain, which markup cannot clobber. */
function definingPrototype(cls: DomClass, node: object, name: string): object {
  const global = (globalThis as Record<string, unknown>)[cls] as { prototype: object } | undefined;
  if (global) return global.prototype;
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) if (Object.hasOwn(proto, name)) return proto;
  throw new TypeError(`no DOM getter ${name}`);
}

function getter<T>(cls: DomClass, name: string): Read<T> {
  let get: ((this: Node) => T) | undefined;
  return (node) => (get ??= Object.getOwnPropertyDescriptor(definingPrototype(cls, node, name), name)!.get as (this: Node) => T).call(node);
}

export const firstChildOf = getter<Node | null>('Node', 'firstChild');
export const nextSiblingOf = getter<Node | null>('Node', 'nextSibling');
export const nodeTypeOf = getter<number>('Node', 'nodeType');
export const nodeValueOf = getter<string | null>('Node', 'nodeValue');
export const localNameOf = getter<string>('Element', 'localName');
const bodyGetter = getter<HTMLElement | null>('Document', 'body');

/** The real `<body>` of a parsed document (never an element named "body"). */
export const bodyOf = (doc: Document) => bodyGetter(doc as unknown as Node);

/** Element's own method `name` (a page's class, else up the element's chain, as for the getters). */
const elementMethod = <A extends unknown[], R>(el: Element, name: string) =>
  Object.getOwnPropertyDescriptor(definingPrototype('Element', el, name), name)!.value as (this: Element, ...args: A) => R;

/** An attribute read with Element's own method (a form's `getAttribute` can be an input). */
export const attributeOf = (el: Element, name: string): string | null => elementMethod<[string], string | null>(el, 'getAttribute').call(el, name);

/** The first match inside a parsed element, with Element's own method (a form's can be an input). */
export const queryIn = (root: Element, selector: string): Element | null => elementMethod<[string], Element | null>(root, 'querySelector').call(root, selector);
