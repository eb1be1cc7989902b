/**
 * Clamps a heading level to `min`–6 (anything else, e.g. NaN, becomes `fallback`). Apart
 * from heading.ts so that what only needs the number does not carry the templates.
 */
export function clampLevel(value: unknown, fallback = 2, min = 1): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.max(n, min), 6) : fallback;
}
