/**
 * Defence in depth (ADR 13): a malformed value that slipped past the request
 * contracts is the caller's fault, not ours, so it is answered 400 – never 500.
 * The contracts are the real fix; reaching this is logged as a warning so the
 * missing check is found.
 *
 * PostgreSQL data exceptions that only a value can cause (SQLSTATE class 22):
 * 22021 invalid byte sequence (a NUL), 22P05 untranslatable character,
 * 22007/22008 invalid or out-of-range date/time, 22003 number out of range,
 * 22P02 invalid text representation (e.g. a malformed uuid), 22001 too long.
 */
const DATA_EXCEPTIONS = new Set(['22021', '22P05', '22007', '22008', '22003', '22P02', '22001']);

/** The SQLSTATE or message that marks `error` (or what it wraps: Drizzle wraps driver errors) as malformed input, if any. */
export function malformedInputOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && DATA_EXCEPTIONS.has(code)) return code;
    // `new Date('../../etc/passwd').toISOString()` and friends.
    if (current instanceof RangeError && current.message === 'Invalid time value') return 'invalid_time_value';
    current = current.cause;
  }
  return undefined;
}
