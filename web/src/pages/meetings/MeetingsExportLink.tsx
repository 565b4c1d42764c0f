import { endpointUrl } from '../../api/call.js';
import { meetingEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { useT } from '../../i18n/i18n.js';

/** The course's meetings with attendance and hours per role as Excel (issue 11, point 7). */
export function MeetingsExportLink({ courseId }: { courseId: string }) {
  const t = useT();
  return (
    <p className="no-print">
      <a
        className="button button-secondary"
        href={endpointUrl(E.courseMeetingsXlsx, { params: { id: courseId } })}
        download
      >
        {t.print.meetingsExport}
      </a>
    </p>
  );
}
