import type { accountDa } from './account.da.js';

export const accountEn: typeof accountDa = {
  changePassword: {
    title: 'Change your password',
    forcedIntro:
      'Your password was set by someone else. Choose your own before you continue. The person who set it should not know your password.',
    intro: 'Enter your current password and the new one you want to use.',
    current: 'Current password',
    next: 'New password',
    nextHint:
      'At least 12 characters. Not a common or breached password, not one character repeated, and not your name or e-mail. Several unrelated words are easy to remember.',
    repeat: 'Repeat the new password',
    mismatch: 'The two new passwords are not the same.',
    errorHeading: 'Some fields are not filled in correctly.',
    missing: 'Fill in this field.',
    submit: 'Change password',
    submitting: 'Changing …',
    done: 'Your password has been changed.',
  },
  reach: {
    rolesElsewhere: 'Also has roles outside the municipality',
    outOfReach:
      'The user holds roles you cannot grant, so you cannot change their name, password, access or roles. Contact the National Board of Social Services if something needs changing.',
    mustChangePassword: 'Must choose their own password at next login',
    ownAccount:
      'This is your own user. Change your password under “Change password”; roles are granted by someone else.',
  },
};
