/** The feed layer's public surface: model, descriptors, parsing, loading, safe text and links. */
export * from './model.js';
export type { FeedDescriptor, FeedLimits, JsonFormat, KindParseOptions } from './descriptor.js';
export { newsDescriptor } from './kinds/news.js';
export { attractionsDescriptor } from './kinds/attractions.js';
export { partnershipDescriptor } from './kinds/partnership.js';
export { parseFeedText, parseFeedJson, DESCRIPTORS, type ParseOptions } from './parse.js';
export { loadFeed, resolveFeedUrl, feedSettings, limitsFor, isAbort, type LoadOptions, type LoadResult } from './loader.js';
export { FeedError, toProblem, type FeedProblem, type FeedProblemCode } from './problem.js';
export { readCopy, clearSavedFeeds, MAX_STORED_FEEDS } from './storage.js';
export { toPlainText, toLocalized, decodeEntities } from './text.js';
export { safeUrl, safeWebUrl, safeHref, telHref, mailtoHref, toEmail, toPhone } from './links.js';
export { sanitizeRichText, RICH_TEXT_TAGS } from './rich-text.js';
export { pickText, localizedText, type PickedText } from './localized.js';
export { BREAKING_TAGS, isBreakingTag } from './formats/news.js';
export { TRUSTED_TYPES_POLICY_NAME } from './inert.js';
