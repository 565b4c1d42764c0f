/** Texts of saving a versioned document and of choosing between two saves (web/src/versions, ADR 22). */
export const versionsDa = {
  saveStatus: 'Gemt status',
  savedAt: (time: string) => `Gemt kl. ${time}`,
  notSavedYet: 'Ikke gemt endnu',
  saving: 'Gemmer …',
  unsaved: 'Ændringer, der ikke er gemt endnu',
  paused: 'Gemningen venter på dit valg',
  failed: 'Kunne ikke gemme',
  saveNow: 'Gem nu',
  merged: (who: string) =>
    `${who} gemte samtidig med dig. Jeres ændringer rørte ikke de samme felter, så begge er gemt.`,
  someoneElse: 'En anden',
  resolved: 'Dit valg er gemt.',
  conflictHeading: 'I har ændret de samme felter',
  conflictIntro: (who: string, n: number) =>
    n === 1
      ? `${who} har gemt en anden udgave af ét felt, som du også har ændret. Vælg, hvilken udgave der skal gælde. Alt andet er allerede flettet sammen.`
      : `${who} har gemt andre udgaver af ${n} felter, som du også har ændret. Vælg for hvert felt, hvilken udgave der skal gælde. Alt andet er allerede flettet sammen.`,
  keptIntro: (who: string, time: string) =>
    `${who} gemte en udgave kl. ${time}, som ikke blev gemt, fordi en anden gemte først. Vælg for hvert felt, hvilken udgave der skal gælde.`,
  mine: 'Din udgave',
  kept: (who: string) => `Udgaven fra ${who}`,
  theirs: (who: string) => `Gemt af ${who}`,
  theirsUnknown: 'Den gemte udgave',
  empty: '(tomt)',
  yes: 'Ja',
  no: 'Nej',
  items: (n: number) => (n === 1 ? '1 punkt' : `${n} punkter`),
  chooseAll: 'Vælg en udgave for hvert felt.',
  saveChoice: 'Gem mine valg',
  leaveHeading: 'Du har ændringer, der ikke er gemt',
  leaveText: 'Hvis du forlader siden nu, mister du de ændringer, der ikke er gemt.',
  leaveConfirm: 'Forlad siden',
};
export type VersionsMessages = typeof versionsDa;
