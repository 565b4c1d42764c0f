import type { CalendarMessages } from './calendar.da.js';

export const calendarEn: CalendarMessages = {
  title: 'Calendar',

  subscriptionHeading: 'Calendar subscription',
  subscriptionIntro:
    'A calendar subscription brings your meetings in Indsats into your own calendar – Outlook, Google Calendar or Apple Calendar. Your calendar fetches changes itself, so moved and cancelled meetings are updated automatically. It can take a few hours before a change shows.',
  subscriptionPrivacy:
    'The link is personal and works without a password. Do not share it. The calendar shows the meetings’ title, time and place – never minutes or information about children.',
  statusActive: 'You have an active calendar subscription.',
  statusNone: 'You have no calendar subscription.',
  createdAt: 'Created',
  lastUsedAt: 'Last fetched by your calendar',
  neverUsed: 'Not fetched yet',
  create: 'Create subscription',
  renew: 'Make a new link',
  revoke: 'Revoke subscription',
  creating: 'Creating …',
  renewHeading: 'Make a new link?',
  renewText: 'The old link stops working at once. You then need to add the new link to your calendar.',
  renewConfirm: 'Make a new link',
  revokeHeading: 'Revoke the calendar subscription?',
  revokeText:
    'The link stops working at once, and your meetings disappear from the calendar the next time it fetches. You can always create a new subscription.',
  revokeConfirm: 'Revoke subscription',
  revoked: 'The calendar subscription is revoked. The link no longer works.',
  linkHeading: 'Your new calendar link',
  linkOnce:
    'The link is shown this once only. Add it to your calendar now. If you lose it, you can always make a new one.',
  linkLabel: 'Your personal calendar link',
  copy: 'Copy link',
  copied: 'The link is copied.',
  copyFailed: 'The link could not be copied. Select it and copy it yourself.',
  openInCalendar: 'Open in calendar program',
  howToHeading: 'How to add the link',
  howTo: [
    {
      name: 'Outlook',
      text: 'Choose Calendar → Add calendar → Subscribe from web (on the web: From internet), paste the link and choose Import or Save.',
    },
    {
      name: 'Google Calendar',
      text: 'Click + next to Other calendars → From URL, paste the link and click Add calendar.',
    },
    {
      name: 'Apple Calendar',
      text: 'Choose File → New Calendar Subscription (on iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar), paste the link and choose Subscribe.',
    },
  ],

  invitation: 'Download as calendar invitation (.ics)',

  absencesHeading: 'Absence',
  absencesIntro:
    'Days on which you cannot hold meetings (holiday, course, illness). Indsats plans no meetings on those days.',
  absencesCaption: 'Your absence',
  absencesShown: 'Shows coming absence and absence from the last 90 days.',
  noAbsences: 'You have not registered any absence.',
  fromDate: 'From',
  toDate: 'To (inclusive)',
  note: 'Note',
  noteHint: 'E.g. holiday or course. Do not write names of children or other personal data.',
  actions: 'Action',
  addHeading: 'Register absence',
  add: 'Register absence',
  adding: 'Registering …',
  added: (from: string, to: string) =>
    from === to ? `The absence on ${from} is registered.` : `The absence ${from} – ${to} is registered.`,
  remove: 'Delete',
  removeLabel: (period: string) => `Delete the absence ${period}`,
  removeHeading: 'Delete the absence?',
  removeText: (period: string) => `The absence ${period} is deleted, and meetings can again be planned on those days.`,
  removeConfirm: 'Delete absence',
  removed: 'The absence is deleted.',
  errorHeading: 'The absence could not be registered',
  errors: {
    required: 'Enter a date',
    invalidDate: 'Enter a valid date',
    toBeforeFrom: 'The end date must not be before the start date',
    tooLong: 'An absence may last at most 2 years',
    noteTooLong: 'The note may be at most 200 characters',
  },
};
