/**
 * Rich text with DOMPurify. Importing this module enables {@link sanitizeRichText}; it is
 * kept apart so that elements showing only plain text (ticker, cards, map) never ship
 * DOMPurify.
 */
import DOMPurify from 'dompurify';
import { usePurifier } from './text.js';

usePurifier(DOMPurify);

export { sanitizeRichText, RICH_TEXT_TAGS } from './text.js';
