import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampLevel } from '../ui/heading-level.js';
import { isReplaying, prerendered, type SnapshotHost } from './prerendered.js';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/** The level of a heading the page shows (aria-level wins), or undefined for anything else. */
function levelOf(el: Element): number | undefined {
  if (!el.matches(HEADINGS) || el.closest('[aria-hidden="true"]') || el.checkVisibility?.() === false) return undefined;
  return clampLevel(el.getAttribute('aria-level') ?? (el.localName[0] === 'h' ? el.localName[1] : 2));
}

/** The last heading in `el` (itself, its open shadow root, its content), last first. */
function lastIn(el: Element): number | undefined {
  // Another civic element's headings are its own outline, below the page's heading as ours are.
  if (el.localName.startsWith('civic-')) return undefined;
  const own = levelOf(el);
  if (own) return own;
  for (const root of [el.shadowRoot, el]) {
    const found = root ? [...root.querySelectorAll(HEADINGS)] : [];
    for (let i = found.length - 1; i >= 0; i -= 1) {
      const level = levelOf(found[i]);
      if (level) return level;
    }
  }
  return undefined;
}

/**
 * The level of the nearest heading before `el` in the page: its preceding siblings (and
 * what is in them), then its ancestors' preceding siblings, out of shadow roots to their
 * hosts. Undefined when nothing before it is a heading.
 */
export function headingLevelBefore(el: Element): number | undefined {
  for (let node: Element | undefined = el; node; ) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const level = lastIn(sibling);
      if (level) return level;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : undefined;
  }
  return undefined;
}

/**
 * The level an element's headings start at: its `heading-level` when set, otherwise one
 * below the nearest heading before it on the page (2 to 6; 2 when there is none), so an
 * element fits the outline of whatever page it is placed in (a page with only an `<h1>`
 * gets `<h2>`s, an `<h2>` section around it gets `<h3>`s). Worked out again each time the
 * element connects.
 */
export class HeadingLevelController implements ReactiveController {
  private auto = 2;

  /** `explicit` reads the element's own setting (its `heading-level`); empty means automatic. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly explicit: () => unknown = () => host.getAttribute('heading-level'),
  ) {
    host.addController(this);
  }

  hostConnected() {
    const auto = Math.min((headingLevelBefore(this.host) ?? 1) + 1, 6);
    if (auto !== this.auto) {
      this.auto = auto;
      this.host.requestUpdate();
    }
  }

  /** The level of the element's first headings (`min`–6). */
  level(min = 2): number {
    const set = this.explicit();
    // The server found the page's headings itself (src/prerender/page.ts); its render is replayed first.
    const host = this.host as unknown as SnapshotHost;
    const auto = (isReplaying(host) && prerendered(host)?.headingLevel) || this.auto;
    return set === null || set === undefined || set === '' ? auto : clampLevel(set, auto, min);
  }
}
