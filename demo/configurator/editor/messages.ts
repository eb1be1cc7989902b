// Schema problems in the editor's language: what is wrong with a field, in plain words.
import type { SchemaProblem } from '../schema-check.js';
import { editorTexts } from '../editor-i18n.js';

/** Patterns of our schemas, by what they mean to the person typing. */
const PATTERNS: Record<string, 'patternId' | 'patternCountry' | 'patternLanguage' | 'patternUrl'> = {
  '^[a-z0-9-]+$': 'patternId',
  '^[A-Z]{2}$': 'patternCountry',
  '^[a-z]{2,3}(-[A-Za-z0-9]+)*$': 'patternLanguage',
  '^(https?://|(?![A-Za-z][A-Za-z0-9+.-]*:))\\S+$': 'patternUrl',
};

const fill = (text: string, values: Record<string, unknown>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

export function problemText(problem: SchemaProblem, lang: string): string {
  const m = editorTexts(lang).messages;
  const expected = problem.expected;
  const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : String(values));
  switch (problem.code) {
    case 'type': {
      const type = String(expected);
      if (type === 'integer') return m.typeInteger;
      if (type.includes('number')) return m.typeNumber;
      return type === 'string' ? m.typeText : m.typeOther;
    }
    case 'pattern':
      return m[PATTERNS[String(expected)] ?? 'pattern'];
    case 'format':
      return expected === 'date' ? m.formatDate : expected === 'email' ? m.formatEmail : m.format;
    case 'enum':
      return fill(m.enum, { values: list(expected) });
    default:
      return fill(m[problem.code], { value: list(expected), count: expected, name: expected });
  }
}
