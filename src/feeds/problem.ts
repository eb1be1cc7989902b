/** Why a feed could not be shown, in a form elements can localize and site owners can act on. */

export type FeedProblemCode =
  | 'timeout'
  | 'http'
  | 'offline'
  | 'network'
  | 'notJson'
  | 'invalidJson'
  | 'invalidFeed'
  | 'tooLarge'
  | 'noSource'
  | 'unknown';

export interface FeedProblem {
  code: FeedProblemCode;
  /** English sentence for site owners (console, logs, the error event). */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** Extra words for the localized text: the broken field, the size limit, the timeout. */
  detail?: string;
  /** Timeout in seconds, for `timeout`. */
  seconds?: number;
  /** Size limit in bytes, for `tooLarge`. */
  limit?: number;
  /**
   * For `invalidFeed` when the feed offered entries and none could be used: how many, and
   * the field that broke the first one with the (English) reason, for a translated message.
   */
  unusable?: { entries: number; field: string; reason: string };
}

/** An Error carrying a {@link FeedProblem}; only ever thrown and caught inside the feed layer. */
export class FeedError extends Error {
  constructor(readonly problem: FeedProblem) {
    super(problem.message);
    this.name = 'FeedError';
  }
}

export const feedError = (code: FeedProblemCode, message: string, extra: Partial<FeedProblem> = {}) =>
  new FeedError({ code, message, ...extra });

/** Any thrown value as a FeedProblem (unexpected errors become `unknown`). */
export function toProblem(error: unknown): FeedProblem {
  if (error instanceof FeedError) return error.problem;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', message: `Unexpected error while loading the feed: ${message}` };
}
