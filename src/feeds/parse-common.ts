/** What every kind's parser does first: reject HTML pages, tell XML from JSON, parse JSON. */
import { feedError } from './problem.js';

export type ParseOptions = import('./context.js').ParseOptions & { contentType?: string };

const looksLikeHtml = (text: string) => /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(text);
/** The text after any leading XML declaration, comments, processing instructions and DOCTYPE. */
function afterProlog(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 50; guard++) {
    const end = rest.startsWith('<?') ? rest.indexOf('?>') + 2 : rest.startsWith('<!--') ? rest.indexOf('-->') + 3 : /^<!doctype/i.test(rest) ? rest.indexOf('>') + 1 : 0;
    if (end <= 2) return rest;
    rest = rest.slice(end).trimStart();
  }
  return rest;
}
const looksLikeXml = (text: string, contentType: string) =>
  /^<\?xml\b/i.test(text) || /^<(rss|feed|rdf:RDF)\b/i.test(afterProlog(text)) || (/[/+]xml\b/i.test(contentType) && text.startsWith('<'));

export type Body = { xml: string } | { json: unknown };

/** Tells XML from JSON text. Throws FeedError (invalidJson for an empty body, notJson for HTML pages). */
export function classifyBody(body: string, contentType = ''): { xml: string } | { jsonText: string } {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw feedError('invalidJson', 'The feed is empty.', { detail: 'empty' });
  if (looksLikeHtml(text) || (contentType.toLowerCase().includes('text/html') && text.startsWith('<')))
    throw feedError('notJson', 'The feed address returned an HTML page instead of data: check the URL (a login page, an error page or a moved file).');
  return looksLikeXml(text, contentType) ? { xml: text } : { jsonText: text };
}

/** JSON.parse with the feed's error. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw feedError('invalidJson', `The feed is not valid JSON (${error instanceof Error ? error.message : 'parse error'}); it may be cut off or hand-edited.`);
  }
}

/** Classifies a response body and parses JSON. Throws FeedError as {@link classifyBody} and {@link parseJsonText}. */
export function readBody(body: string, contentType = ''): Body {
  const read = classifyBody(body, contentType);
  return 'xml' in read ? read : { json: parseJsonText(read.jsonText) };
}
