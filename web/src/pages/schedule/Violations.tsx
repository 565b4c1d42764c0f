import { word } from '../../../../src/shared/contracts/messages.js';
import type { ScheduleViolationMessage } from '../../../../src/shared/contracts/schedule.js';
import { useT } from '../../i18n/i18n.js';

/**
 * The rules a meeting breaks where it lies: a warning badge with the count and
 * the sentences (worded here from the server's codes), so they are read out with the meeting, never hidden behind a
 * hover. Nothing when it breaks none.
 */
export function Violations({
  violations,
  showOk = false,
}: {
  violations: readonly ScheduleViolationMessage[];
  showOk?: boolean;
}) {
  const t = useT();
  const s = t.schedule;
  if (violations.length === 0) return showOk ? <span className="text-muted">{s.rulesOk}</span> : null;
  return (
    <div className="violations">
      <span className="badge badge-warning">{s.brokenRules(violations.length)}</span>
      <ul className="mt-2 mb-0">
        {violations
          .map((v) => word(s.violationText, v))
          .map((text) => (
            <li key={text}>{text}</li>
          ))}
      </ul>
    </div>
  );
}
