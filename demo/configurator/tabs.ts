// The configurator's three tools as tabs (WAI-ARIA tabs pattern): arrow keys, Home and End
// move between them, the chosen one is remembered in the address (?tool=…).

export function setupTabs(list: HTMLElement, onChange?: (tool: string) => void) {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus = false) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected;
    }
    if (focus) tab.focus();
    const params = new URLSearchParams(location.search);
    params.set('tool', tab.dataset.tool!);
    history.replaceState(null, '', `?${params}${location.hash}`);
    onChange?.(tab.dataset.tool!);
  };
  list.addEventListener('click', (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) select(tab);
  });
  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length], true);
  });
  const wanted = tabs.find((tab) => tab.dataset.tool === new URLSearchParams(location.search).get('tool')) ?? tabs[0];
  select(wanted);
}
