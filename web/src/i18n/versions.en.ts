import type { VersionsMessages } from './versions.da.js';

export const versionsEn: VersionsMessages = {
  saveStatus: 'Save status',
  savedAt: (time: string) => `Saved at ${time}`,
  notSavedYet: 'Not saved yet',
  saving: 'Saving …',
  unsaved: 'Changes not saved yet',
  paused: 'Saving waits for your choice',
  failed: 'Could not save',
  saveNow: 'Save now',
  merged: (who: string) =>
    `${who} saved at the same time as you. Your changes touched different fields, so both are saved.`,
  someoneElse: 'Someone else',
  resolved: 'Your choice is saved.',
  conflictHeading: 'You both changed the same fields',
  conflictIntro: (who: string, n: number) =>
    n === 1
      ? `${who} saved another version of one field you changed too. Choose which version applies. Everything else is already merged.`
      : `${who} saved other versions of ${n} fields you changed too. Choose for each field which version applies. Everything else is already merged.`,
  keptIntro: (who: string, time: string) =>
    `${who} saved a version at ${time} that was not saved because someone else saved first. Choose for each field which version applies.`,
  mine: 'Your version',
  kept: (who: string) => `The version from ${who}`,
  theirs: (who: string) => `Saved by ${who}`,
  theirsUnknown: 'The saved version',
  empty: '(empty)',
  yes: 'Yes',
  no: 'No',
  items: (n: number) => (n === 1 ? '1 item' : `${n} items`),
  chooseAll: 'Choose a version for each field.',
  saveChoice: 'Save my choices',
  leaveHeading: 'You have unsaved changes',
  leaveText: 'If you leave the page now, you lose the changes that are not saved.',
  leaveConfirm: 'Leave the page',
};
