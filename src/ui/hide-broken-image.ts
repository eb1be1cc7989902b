/** `@error` handler for optional pictures: one that fails to load is taken away, not shown broken. */
export function hideBrokenImage(event: Event): void {
  (event.currentTarget as HTMLElement).hidden = true;
}
