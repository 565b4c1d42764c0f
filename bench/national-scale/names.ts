/**
 * Name pools for the national-scale dataset, weighted so a search looks like
 * one in a real municipality: the common Danish surnames often, a long tail of
 * compound and international names, and first names of children born in the
 * 2020s. SQL picks from a pool by hash (`pool[1 + h % length]`), so the
 * weights are repetitions.
 */

const weighted = (entries: [string, number][]) => entries.flatMap(([name, weight]) => Array<string>(weight).fill(name));

/** Per 1,000 children; the rest of the 1,000 is the long tail below. */
const COMMON_SURNAMES: [string, number][] = [
  ['Jensen', 12], ['Nielsen', 12], ['Hansen', 10], ['Pedersen', 9], ['Andersen', 9], ['Christensen', 7], ['Larsen', 7],
  ['Sørensen', 6], ['Rasmussen', 5], ['Jørgensen', 5], ['Petersen', 4], ['Madsen', 4], ['Kristensen', 4], ['Olsen', 3],
  ['Thomsen', 3], ['Christiansen', 3], ['Poulsen', 2], ['Johansen', 2], ['Møller', 2], ['Mortensen', 2], ['Knudsen', 2],
  ['Jakobsen', 2], ['Mikkelsen', 2], ['Olesen', 2], ['Frederiksen', 2], ['Laursen', 2], ['Henriksen', 2], ['Lund', 2],
  ['Schmidt', 2], ['Eriksen', 2], ['Holm', 2], ['Kristiansen', 1], ['Clausen', 1], ['Simonsen', 1], ['Svendsen', 1],
  ['Andreasen', 1], ['Iversen', 1], ['Jeppesen', 1], ['Vestergaard', 1], ['Mogensen', 1], ['Danielsen', 1],
];
const PREFIXES = ['Bak', 'Bech', 'Dal', 'Bjerre', 'Skov', 'Kjær', 'Lind', 'Krog', 'Bro', 'Brand', 'Juhl', 'Ravn', 'Hvid', 'Vang', 'Birk', 'Hald'];
const SUFFIXES = ['gaard', 'holm', 'sted', 'bæk', 'strup', 'borg', 'høj', 'mose', 'berg', 'vad'];
const INTERNATIONAL = [
  'Ahmed', 'Ali', 'Hussein', 'Khan', 'Yilmaz', 'Demir', 'Nguyen', 'Tran', 'Kowalski', 'Nowak', 'Andersson', 'Johansson',
  'Karlsson', 'Berg', 'Haddad', 'Rahimi', 'Mohamed', 'Osman', 'Popescu', 'Kaya', 'Şahin', 'Hassan', 'Abdi', 'Farah',
  'Smith', 'Müller', 'Fischer', 'Rossi', 'García', 'Silva', 'Ivanova', 'Petrović', 'Horvat', 'Lindqvist', 'Virtanen', 'Larsson',
];

function longTail(slots: number): string[] {
  const names = [...PREFIXES.flatMap((p) => SUFFIXES.map((s) => p + s)), ...INTERNATIONAL];
  return Array.from({ length: slots }, (_, i) => names[(i * 7) % names.length] ?? 'Holm');
}

const common = weighted(COMMON_SURNAMES);
export const SURNAME_POOL: string[] = [...common, ...longTail(1_000 - common.length)];

/** Children born 2019–2025: the top names often, Daniel and Niels now and then. */
export const CHILD_FIRST_NAME_POOL: string[] = weighted([
  ...['Alma', 'Ida', 'Clara', 'Freja', 'Ella', 'Karla', 'Agnes', 'Nora', 'Sofia', 'Olivia', 'Emma', 'Asta', 'Lily', 'Luna',
    'Ellen', 'Esther', 'Vigga', 'Liva', 'Lea', 'Josefine', 'Aya', 'Maja', 'Isabella', 'Anna', 'Mathilde', 'Filippa', 'Lærke',
    'Frida', 'Merle', 'Saga', 'Zainab', 'Hiba'].map((n): [string, number] => [n, 10]),
  ...['William', 'Noah', 'Oscar', 'Carl', 'Malthe', 'Alfred', 'Valdemar', 'Emil', 'Arthur', 'Aksel', 'Lucas', 'Otto', 'August',
    'Magnus', 'Viggo', 'Felix', 'Theo', 'Anton', 'Elias', 'Frederik', 'Oliver', 'Storm', 'Luca', 'Victor', 'Villads', 'Hugo',
    'Johan', 'Konrad', 'Mohammad', 'Yusuf', 'Adam', 'Nikolaj'].map((n): [string, number] => [n, 10]),
  ['Daniel', 5],
  ['Niels', 2],
]);

/** Grown-ups: coordinators, chiefs, leaders, staff, directors. */
export const ADULT_FIRST_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Camilla', 'Louise', 'Maria', 'Pia', 'Tina', 'Helle', 'Marianne', 'Line', 'Rikke',
  'Peter', 'Lars', 'Michael', 'Thomas', 'Søren', 'Henrik', 'Martin', 'Jesper', 'Morten', 'Rasmus', 'Niels', 'Jakob', 'Anders', 'Kim',
];

export const INSTITUTION_WORDS = ['Vuggestuen', 'Børnehaven', 'Børnehuset', 'Dagplejen', 'Naturbørnehaven', 'Daginstitutionen'];
export const INSTITUTION_NAMES = [
  'Solsikken', 'Troldehøj', 'Mariehønen', 'Regnbuen', 'Skovbrynet', 'Humlebien', 'Spiren', 'Myretuen', 'Kastanjen', 'Stjernen',
  'Egebakken', 'Rønnebærhuset', 'Krudtuglen', 'Lærkereden', 'Bøgely', 'Tumlingen', 'Fuglereden', 'Åkanden', 'Søstjernen', 'Æblehaven',
];
export const GROUP_NAMES = ['Blåbær', 'Egern', 'Mariehøns', 'Solsikker', 'Sommerfugle', 'Frøer', 'Pindsvin'];
export const STREETS = ['Skovvej', 'Bakkedraget', 'Søndergade', 'Kirkevej', 'Engtoften', 'Møllevej', 'Vestergade', 'Åparken', 'Lindealle', 'Stationsvej'];
