import type { Child, Group } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { problemText } from '../../components/ErrorAlert.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { CHILD_FIELDS, valuesOf, type ChildValues } from './child-form.js';
import { useChildFieldLabels } from './ChildFields.js';

interface ConflictNoticeProps {
  error: unknown;
  /** The version the user started from, to tell their changes from the rest. */
  base: Child;
  latest: Child | null;
  mine: ChildValues;
  groups: Group[];
  onLoadLatest: () => void;
  onKeepMine: () => void;
}

/**
 * Someone else saved the child while this user was editing (409). Shows what
 * the user typed next to what is saved now, and lets them choose.
 */
export function ConflictNotice({ error, base, latest, mine, groups, onLoadLatest, onKeepMine }: ConflictNoticeProps) {
  const t = useT();
  const { title } = problemText(t, error);
  const saved = latest ? valuesOf(latest) : null;
  const before = valuesOf(base);
  const label = useChildFieldLabels();
  const show = (field: keyof ChildValues, value: string) => {
    if (field === 'birthDate') return value ? formatDate(t, value) : t.common.none;
    if (field === 'groupId') return groups.find((g) => g.id === value)?.name ?? t.children.noGroup;
    return value || t.common.none;
  };
  return (
    <Alert variant="warning" heading={title} id="child-conflict">
      {saved ? (
        <table className="table table--compact mt-4 conflict-table">
          <caption>{t.children.conflictCompare}</caption>
          <thead>
            <tr>
              <th scope="col">{t.children.field}</th>
              <th scope="col">{t.children.yourValue}</th>
              <th scope="col">{t.children.savedValue}</th>
            </tr>
          </thead>
          <tbody>
            {CHILD_FIELDS.map((f) => (
              <tr key={f} className={mine[f] !== before[f] && mine[f] !== saved[f] ? 'differs' : undefined}>
                <th scope="row">{label[f]}</th>
                <td>
                  {mine[f] !== before[f] ? (
                    show(f, mine[f])
                  ) : (
                    <span className="text-muted">{t.children.notChangedByYou}</span>
                  )}
                </td>
                <td>{show(f, saved[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" onClick={onLoadLatest} disabled={!latest}>
          {t.children.loadLatest}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeepMine} disabled={!latest}>
          {t.children.keepMine}
        </button>
      </div>
    </Alert>
  );
}
