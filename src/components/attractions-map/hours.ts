/**
 * Opening hours in words and "open now": a lazy chunk, fetched the first time a feed has
 * opening hours (most feeds of churches and monuments have none).
 */
export { scheduleOf, statusText, ruleText } from './hours-text.js';
