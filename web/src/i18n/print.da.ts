/** Printing, documents and Excel exports (issue 11, points 6 and 7). */
export const printDa = {
  print: 'Udskriv',
  printHint: 'Udskriv siden eller gem den som PDF',
  documentsHeading: 'Til deltagerne',
  meetingPdf: 'Dagsorden og referat (PDF)',
  meetingDocx: 'Dagsorden og referat (Word)',
  meetingDocumentsIntro:
    'Hent dagsorden, deltagere, referat og beslutninger som dokument, du kan sende til deltagerne.',
  exportsHeading: 'Eksport til Excel',
  roundExport: 'Point og udvælgelse (Excel)',
  selectionExport: 'Point og udvælgelse (Excel)',
  indicatorsExport: 'Indikatorer og målinger (Excel)',
  meetingsExport: 'Møder, fremmøde og timer (Excel)',
  changeModelExport: 'Indikatorer og målinger (Excel)',
};
export type PrintMessages = typeof printDa;
