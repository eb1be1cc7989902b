/**
 * Until the feed layer's sanitizer is available: a rich-text description shown as plain
 * paragraphs. Tags are dropped and entities decoded by string rules (no HTML parser, so
 * nothing runs and Trusted Types are not involved); the result is rendered as Lit text.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });

/** Paragraphs of plain text from simple HTML (list items become "• item"). */
export function plainParagraphs(markup: string): string[] {
  return decode(
    markup
      .replace(/<(script|style|template)[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<li[^>]*>/gi, '\n• ')
      .replace(/<br\s*\/?>|<\/(p|div|li|ul|ol|h[1-6]|blockquote)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
