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
  forgot: {
    title: 'Forgotten password',
    intro:
      'Enter the e-mail you log in with. If it belongs to a user of Indsats, we send a link so you can choose a new password.',
    email: 'E-mail',
    missing: 'Enter your e-mail.',
    submit: 'Send link',
    submitting: 'Sending …',
    sentHeading: 'Check your e-mail',
    sent: (email: string) =>
      `If ${email} belongs to a user of Indsats, we have sent a link to it. It works once and is valid for an hour. If no e-mail arrives, check the address and your spam filter, or contact your municipality's coordinator.`,
    throttled: (seconds: number) => `You have asked for many links. Wait ${seconds} seconds and try again.`,
    back: 'Back to log in',
  },
  setPassword: {
    titleInvitation: 'Choose your password',
    titleReset: 'Choose a new password',
    greeting: (name: string, email: string) => `Hello ${name}. You log in with ${email}.`,
    validUntil: (until: string) => `The link is valid until ${until} and works once.`,
    invalidHeading: 'The link does not work',
    invalidText:
      'The link has been used, has expired or was replaced by a newer one. Ask for a new one under "Forgotten password", or ask the person who created your user to send the invitation again.',
    askNew: 'Ask for a new link',
    next: 'New password',
    repeat: 'Repeat the password',
    submit: 'Save password',
    submitting: 'Saving …',
  },
  sessions: {
    title: 'Your sessions',
    intro:
      'The places where you are logged in with your user. If you do not recognise one, end it and change your password.',
    caption: 'Your open sessions',
    browser: 'Browser',
    started: 'Logged in',
    lastUsed: 'Last used',
    address: 'Address',
    role: 'Role',
    current: 'This session',
    end: 'End',
    endLabel: (browser: string) => `End the session in ${browser}`,
    endAll: 'End all other sessions',
    ended: 'The session has been ended.',
    endedAll: (n: number) => (n === 1 ? 'One other session has been ended.' : `${n} other sessions have been ended.`),
    onlyThis: 'You are only logged in here.',
    unknownBrowser: 'Unknown browser',
    browserOn: (browser: string | null, system: string | null) =>
      browser && system
        ? `${browser} on ${system}`
        : (browser ?? (system ? `Browser on ${system}` : 'Unknown browser')),
  },
  links: {
    created: (name: string) => `${name} has been created and has received an invitation by e-mail.`,
    heading: 'Password',
    explain:
      "Nobody sets another person's password. The user gets a link by e-mail and chooses it. A new link makes the previous one invalid.",
    pendingInvitation: (until: string) => `The invitation has been sent and is valid until ${until}.`,
    pendingReset: (until: string) => `A link to a new password has been sent and is valid until ${until}.`,
    sendInvitation: 'Send the invitation again',
    sendReset: 'Send a link to a new password',
    sending: 'Sending …',
    sent: (email: string) => `The link has been sent to ${email}.`,
  },
};
