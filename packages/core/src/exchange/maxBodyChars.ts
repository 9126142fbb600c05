/**
 * The largest answer body Signet parses or summarises, in characters (5 MiB); a longer body is truncated to this
 * before parsing, so a hostile or broken answer costs bounded time.
 */
export const MAX_BODY_CHARS = 5 * 1024 * 1024
