import type { PrintMessages } from './print.da.js';

export const printEn: PrintMessages = {
  print: 'Print',
  printHint: 'Print the page or save it as PDF',
  documentsHeading: 'For the participants',
  meetingPdf: 'Agenda and minutes (PDF)',
  meetingDocx: 'Agenda and minutes (Word)',
  meetingDocumentsIntro:
    'Download the agenda, participants, minutes and decisions as a document to send to the participants.',
  exportsHeading: 'Export to Excel',
  roundExport: 'Scores and selection (Excel)',
  selectionExport: 'Scores and selection (Excel)',
  indicatorsExport: 'Indicators and measurements (Excel)',
  meetingsExport: 'Meetings, attendance and hours (Excel)',
  changeModelExport: 'Indicators and measurements (Excel)',
};
