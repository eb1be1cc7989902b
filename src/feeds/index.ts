/** The feed layer's public surface: model, parsing, loading, safe text and URLs. */
export * from './model.js';
export { parseFeedText, parseFeedJson, type ParseOptions } from './parse.js';
export { loadFeed, resolveFeedUrl, feedSettings, isAbort, type LoadOptions, type LoadResult } from './loader.js';
export { FeedError, toProblem, type FeedProblem, type FeedProblemCode } from './problem.js';
export { readCopy, clearSavedFeeds, MAX_STORED_FEEDS } from './storage.js';
export { toPlainText, toLocalized, safeUrl, decodeEntities } from './text.js';
export { sanitizeRichText, RICH_TEXT_TAGS } from './rich-text.js';
export { pickText, localizedText, type PickedText } from './localized.js';
export { BREAKING_TAGS, isBreakingTag } from './formats/news.js';
export { TRUSTED_TYPES_POLICY_NAME } from './inert.js';
