/** Partnership parsing only (with the rich-text sanitizer for descriptions): what the panel loads. */
import type { PartnershipFeed } from './model.js';
import { registerParser } from './parsers.js';
import { ParseContext, type ParseOptions } from './context.js';
import { readBody } from './parse-common.js';
import { isPartnershipFile, parsePartnershipFile } from './formats/partnership.js';

export function parsePartnershipJson(json: unknown, ctx: ParseContext): PartnershipFeed {
  if (isPartnershipFile(json)) return parsePartnershipFile(json, ctx);
  throw ctx.invalid('expected a partnership file with a "partnerships" list');
}

export function parsePartnershipText(body: string, options: ParseOptions & { contentType?: string } = {}): PartnershipFeed {
  const read = readBody(body, options.contentType);
  const ctx = new ParseContext(options);
  if ('xml' in read) throw ctx.invalid('RSS/Atom can only feed news, not partnership');
  return parsePartnershipJson(read.json, ctx);
}

registerParser('partnership', parsePartnershipText);
