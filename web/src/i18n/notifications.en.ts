import type { notificationsDa } from './notifications.da.js';

export const notificationsEn: typeof notificationsDa = {
  heading: 'E-mails from Indsats',
  intro:
    'Choose for each kind of message whether it comes at once, collected in one e-mail a day (at 16:00) or not at all. E-mails about decisions and collaboration agreements always reach you.',
  kind: 'Message',
  delivery: 'When',
  kinds: {
    application_receipt: 'Receipt for a submitted application',
    assessor_assigned: 'You are assigned as assessor',
    round_opened: 'An application round has opened',
    decision: 'Decision on an application',
    agreement: 'Collaboration agreement sent and signed',
    meeting: 'Meeting invitations, moves and cancellations',
    minutes_approved: 'Minutes approved',
    reminder: 'Reminders of deadlines, measurements and trials',
  },
  deliveries: {
    immediate: 'At once',
    digest: 'Daily digest',
    never: 'Never',
  },
  locked: 'Cannot be switched off',
  save: 'Save choices',
  saving: 'Saving …',
  saved: 'Your choices are saved.',
};
