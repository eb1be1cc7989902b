// What is painted, read back as pixels: for checks no computed style can answer (a text that
// ends up the colour of what is behind it, a focus ring that does not show).
import { executeServerCommand } from '@web/test-runner-commands';

/** The pixels of a box of the page (CSS px, the page not scrolled), as the visitor sees them. */
export async function shoot(box: DOMRect): Promise<ImageData> {
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
  const base64 = await executeServerCommand<string, unknown>('civic-screenshot', { clip });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
  (image as ImageData & { origin: [number, number] }).origin = [clip.x, clip.y];
  return image;
}

const luminance = (r: number, g: number, b: number) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/**
 * The strongest contrast (WCAG ratio) between the most common colour of a box (what is
 * behind) and any other pixel in it (the glyphs): 1 when the box is one flat colour.
 */
export function strongestContrast(image: ImageData, box: DOMRect): number {
  const [ox, oy] = (image as ImageData & { origin: [number, number] }).origin;
  const x0 = Math.max(0, Math.round(box.left - ox));
  const x1 = Math.min(image.width, Math.round(box.right - ox));
  const y0 = Math.max(0, Math.round(box.top - oy));
  const y1 = Math.min(image.height, Math.round(box.bottom - oy));
  const counts = new Map<number, number>();
  const lums: number[] = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const d = image.data;
      const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      lums.push(luminance(d[i], d[i + 1], d[i + 2]));
    }
  }
  if (!lums.length) return 1;
  const behind = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const bg = luminance(behind >> 16, (behind >> 8) & 255, behind & 255);
  return Math.max(...lums.map((l) => (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05)));
}

/** How many pixels differ between two shots of the same box. */
export function changedPixels(a: ImageData, b: ImageData): number {
  let changed = 0;
  for (let i = 0; i < Math.min(a.data.length, b.data.length); i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) changed += 1;
  }
  return changed;
}

/** Each visible text inside `root` (through shadow roots), with its line boxes cut to what is not clipped away. */
export function visibleTexts(root: Element): { text: string; where: string; boxes: DOMRect[] }[] {
  const found: { text: string; where: string; boxes: DOMRect[] }[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) {
      if (child instanceof Text && /\S/.test(child.data)) {
        const parent = child.parentElement!;
        if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        const clip = clipOf(parent);
        const boxes = [...range.getClientRects()]
          .map((r) => intersect(r, clip))
          .filter((r) => r.width >= 4 && r.height >= 4);
        if (boxes.length) found.push({ text: child.data.trim().slice(0, 40), where: describe(parent), boxes });
      } else if (child instanceof Element) {
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

function describe(el: Element) {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host?.localName ?? ''} ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
}

/** The part of the page an element's content may paint into: its clipping ancestors' boxes. */
function clipOf(el: Element): DOMRect {
  let clip = new DOMRect(-1e6, -1e6, 2e6, 2e6);
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clip = intersect(clip, node.getBoundingClientRect());
  }
  return clip;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return new DOMRect(left, top, Math.max(0, Math.min(a.right, b.right) - left), Math.max(0, Math.min(a.bottom, b.bottom) - top));
}
