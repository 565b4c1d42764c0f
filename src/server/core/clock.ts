/**
 * Where "now" comes from. A request reads the clock once, when it arrives, and
 * every rule and timestamp of that request uses that instant (core/context.ts);
 * this file is the only place in the server that reads the system clock.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock standing still at `at` (tests). */
export function fixedClock(at: Date | string): Clock {
  const ms = new Date(at).getTime();
  return () => new Date(ms);
}

/**
 * A clock that shows `start` when it is made and runs on from there at the
 * system clock's pace: the server "as on" a chosen day (INDSATS_CLOCK).
 */
export function clockFrom(start: Date, system: Clock = systemClock): Clock {
  const offset = start.getTime() - system().getTime();
  return () => new Date(system().getTime() + offset);
}
