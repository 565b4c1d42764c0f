/** Texts of the application pages (coordinator form, receipt, decision, agreement). */
export const applicationsDa = {
  title: 'Ansøgninger',
};
export type ApplicationsMessages = typeof applicationsDa;
