import { endpointUrl } from '../../api/call.js';
import { meetingEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { PrintButton } from '../../components/PrintButton.js';
import { useT } from '../../i18n/i18n.js';
import type { Meeting } from './api.js';

/** Agenda and minutes as a PDF or Word document to send to the participants, and printing the page (issue 11). */
export function MeetingDocuments({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const params = { params: { id: meeting.id } };
  return (
    <section className="meeting-documents no-print" aria-labelledby="meeting-documents-heading">
      <h2 id="meeting-documents-heading" className="h3">
        {t.print.documentsHeading}
      </h2>
      <p>{t.print.meetingDocumentsIntro}</p>
      <p className="meeting-documents-actions">
        <a className="button button-secondary" href={endpointUrl(E.minutesPdf, params)} download>
          {t.print.meetingPdf}
        </a>{' '}
        <a className="button button-secondary" href={endpointUrl(E.minutesDocx, params)} download>
          {t.print.meetingDocx}
        </a>{' '}
        <PrintButton page="meeting" />
      </p>
    </section>
  );
}
