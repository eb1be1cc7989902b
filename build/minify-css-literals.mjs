// Minifies the CSS inside Lit's css`…` literals at build time. The JS minifier leaves
// template text alone, so indentation and comments would otherwise ship: about 1 KB
// gzipped per element. Only literals without `${…}` are touched; strings are kept as they
// are, and whitespace is dropped only where CSS never needs it.

// Not after ',': custom property values keep their exact tokens (`var(--x, y)` stays as written).
const SQUEEZE_AFTER = new Set(['{', '}', ';', ':', '(', '>']);
const SQUEEZE_BEFORE = new Set(['{', '}', ';', ',', ')', '!', '>']);

/** Minified CSS text: comments gone, whitespace collapsed, `;}` shortened, strings untouched. */
export function minifyCss(text) {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      pendingSpace = true;
      continue;
    }
    if (/\s/.test(ch)) {
      pendingSpace = true;
      i += 1;
      continue;
    }
    if (pendingSpace && out && !SQUEEZE_AFTER.has(out[out.length - 1]) && !SQUEEZE_BEFORE.has(ch)) out += ' ';
    pendingSpace = false;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += ch;
    i += 1;
  }
  return out;
}

const LITERAL = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;

/** Vite plugin: css`…` literals in src/ come out minified in builds (dev keeps them readable). */
export function minifyCssLiterals() {
  return {
    name: 'civic-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(LITERAL, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
