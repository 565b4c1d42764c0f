/** Danish formatting for the generated documents: dates in Europe/Copenhagen, decimal comma. */
const TIME_ZONE = 'Europe/Copenhagen';

const dateFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const isoDateFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('da-DK', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});
const percentFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const scoreFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** '2027-08-01' or a Date → '1. august 2027'. A plain ISO date is a calendar day, not an instant. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    if (!ISO_DATE.test(value)) throw new Error(`Not an ISO date: ${value}`);
    return isoDateFormat.format(new Date(`${value}T00:00:00Z`));
  }
  return dateFormat.format(value);
}

/** → '1. marts 2027 kl. 12.00' (Danish time separator is a full stop). */
export function formatDateTime(value: Date): string {
  const parts = timeFormat.formatToParts(value);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${formatDate(value)} kl. ${hour}.${minute}`;
}

/** 42 → '42 %', 12.5 → '12,5 %'. */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)} %`;
}

/** 13.5 → '13,5'; at most two decimals. */
export function formatScore(value: number): string {
  return scoreFormat.format(value + 0); // + 0 turns -0 into 0
}

/** 1536 → '1,5 kB'. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} byte`;
  if (size < 1024 * 1024) return `${scoreFormat.format(Math.round((size / 1024) * 10) / 10)} kB`;
  return `${scoreFormat.format(Math.round((size / (1024 * 1024)) * 10) / 10)} MB`;
}

const COUNT_WORDS = ['nul', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** Small counts in words, as Danish prose writes them ('op til fem kommuner'); larger ones as digits. */
export function formatCount(value: number): string {
  return COUNT_WORDS[value] ?? String(value);
}

/** Official names that are not simply '<name> Kommune'. */
const MUNICIPALITY_TITLES: Record<string, string> = {
  København: 'Københavns Kommune',
  Bornholm: 'Bornholms Regionskommune',
};

/** 'Hjørring' → 'Hjørring Kommune', 'København' → 'Københavns Kommune'. */
export function municipalityTitle(name: string): string {
  return MUNICIPALITY_TITLES[name] ?? (/kommune$/i.test(name) ? name : `${name} Kommune`);
}

/** The genitive: 'Hjørring Kommunes'. */
export function municipalityGenitive(name: string): string {
  return `${municipalityTitle(name)}s`;
}
