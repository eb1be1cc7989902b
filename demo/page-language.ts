// The demo pages' own language switch: sets <html lang> (which the elements follow by
// themselves), translates the page's [data-i18n] texts and remembers the choice in the URL.

export type PageTexts = Record<string, Record<string, string>>;

export function setupPageLanguage(texts: PageTexts, onChange?: (lang: string) => void) {
  const apply = (lang: string) => {
    const dict = texts[lang] ?? texts.pl;
    document.documentElement.lang = lang in texts ? lang : 'pl';
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      el.textContent = dict[el.dataset.i18n!] ?? el.textContent;
    }
    document.title = `${dict.title} — civic-widgets`;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    }
    const params = new URLSearchParams(location.search);
    params.set('lang', lang);
    history.replaceState(null, '', `?${params}${location.hash}`);
    onChange?.(lang);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.addEventListener('click', () => apply(button.dataset.lang!));
  }
  apply(new URLSearchParams(location.search).get('lang') ?? 'pl');
}
