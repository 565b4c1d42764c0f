/** Texts of the person's own e-mail choices (pages/account/NotificationSettings.tsx). en.ts's counterpart has the same shape. */
export const notificationsDa = {
  heading: 'E-mails fra Indsats',
  intro:
    'Vælg for hver slags besked, om den skal komme med det samme, samlet i én e-mail om dagen (kl. 16) eller slet ikke. E-mails om afgørelser og samarbejdsaftaler får du altid.',
  kind: 'Besked',
  delivery: 'Hvornår',
  kinds: {
    application_receipt: 'Kvittering for indsendt ansøgning',
    assessor_assigned: 'Du er sat på som bedømmer',
    round_opened: 'En ansøgningsrunde er åbnet',
    decision: 'Afgørelse på ansøgning',
    agreement: 'Samarbejdsaftale sendt og underskrevet',
    meeting: 'Mødeinvitationer, flytninger og aflysninger',
    minutes_approved: 'Referat godkendt',
    reminder: 'Påmindelser om frister, målinger og afprøvninger',
  },
  deliveries: {
    immediate: 'Med det samme',
    digest: 'Samlet dagligt',
    never: 'Aldrig',
  },
  locked: 'Kan ikke fravælges',
  save: 'Gem valg',
  saving: 'Gemmer …',
  saved: 'Dine valg er gemt.',
};
