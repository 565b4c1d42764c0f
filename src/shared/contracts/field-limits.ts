/**
 * The most characters of the texts of users, children, rounds and a round's
 * schedule settings (issue 11, point 5): the contracts check them and the
 * forms count against them, so the two can never disagree. No Zod here, so the
 * web pages (which take only types from the contracts) can import it.
 */
export const USER_LIMITS = { name: 200 } as const;

export const CHILD_LIMITS = { firstName: 100, lastName: 100 } as const;

export const ROUND_LIMITS = {
  name: 200,
  /** One criterion or requirement. */
  text: 1000,
  /** A holiday week's name in the round's schedule settings ("efterårsferie"). */
  holidayLabel: 60,
} as const;
