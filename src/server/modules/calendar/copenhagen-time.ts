import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { tzlib_get_offset } from 'timezones-ical-library';

/** Meetings are planned in Danish local time. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateText = (w: WallTime) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
const timeText = (w: WallTime) => `${pad(w.hour)}:${pad(w.minute)}`;
const isoText = (w: WallTime) => `${dateText(w)}T${timeText(w)}:${pad(w.second)}`;

/** Milliseconds east of UTC, e.g. +0200 → 7,200,000. */
function offsetMs(zone: string, w: WallTime): number {
  if (zone === 'UTC') return 0;
  const match = /^([+-])(\d\d)(\d\d)$/.exec(tzlib_get_offset(zone, dateText(w), timeText(w)));
  if (!match) throw new Error(`no UTC offset for ${zone} at ${isoText(w)}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function wallTimeOf(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function plainDate(w: WallTime): ICalTemporalPlainDateStub {
  const text = dateText(w);
  return { year: w.year, month: w.month, day: w.day, toJSON: () => text, toString: () => text };
}

function plainDateTime(w: WallTime): ICalTemporalPlainDateTimeStub {
  const text = isoText(w);
  return {
    ...w,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate(w),
    toZonedDateTime: (zone) => zoned(w, zone),
  };
}

function instant(ms: number): ICalTemporalInstantStub {
  const text = new Date(ms).toISOString();
  return {
    epochMilliseconds: ms,
    toJSON: () => text,
    toString: () => text,
    toZonedDateTimeISO: (zone) => zoned(wallTimeOf(ms), 'UTC').withTimeZone(zone),
  };
}

function zoned(w: WallTime, zone: string): ICalTemporalZonedDateTimeStub {
  if (zone !== DANISH_TIME_ZONE && zone !== 'UTC') throw new Error(`unsupported time zone ${zone}`);
  const epoch = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - offsetMs(zone, w);
  const text = `${isoText(w)}[${zone}]`;
  return {
    ...w,
    timeZoneId: zone,
    toInstant: () => instant(epoch),
    toPlainDateTime: () => plainDateTime(w),
    toJSON: () => text,
    toString: () => text,
    withTimeZone: (target) => {
      if (target === zone) return zoned(w, zone);
      if (target === 'UTC') return zoned(wallTimeOf(epoch), 'UTC');
      throw new Error(`unsupported conversion from ${zone} to ${target}`);
    },
  };
}

/**
 * A Danish wall-clock time ('2027-10-29', '10:00') as the Temporal-shaped
 * value ical-generator accepts (it has no Temporal on Node 20 and would read
 * a plain Date in the server's own time zone). Written with TZID, the date
 * and time stay exactly as planned; the UTC instant, which ical-generator
 * uses only to order start and end, comes from the time-zone library.
 */
export function copenhagenTime(date: string, time = '00:00'): ICalTemporalZonedDateTimeStub {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return zoned(
    { year: year ?? 0, month: month ?? 1, day: day ?? 1, hour: hour ?? 0, minute: minute ?? 0, second: 0 },
    DANISH_TIME_ZONE,
  );
}
