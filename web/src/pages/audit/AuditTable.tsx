import { Link } from 'react-router';
import type { AuditEntry, Role } from '../../api/contracts.js';
import { useSession } from '../../auth/session.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';

function detailText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length > 5
      ? `${value.slice(0, 5).map(detailText).join(', ')} … (${value.length})`
      : value.map(detailText).join(', ');
  return JSON.stringify(value);
}

function isRole(value: unknown, roles: Record<Role, string>): value is Role {
  return typeof value === 'string' && value in roles;
}

/** Detail values that name a role are shown by the role's name. */
const ROLE_KEYS = new Set(['role', 'sessionRole', 'from', 'to']);

/** Audit entries as a table. Everything stored is shown as text; nothing is interpreted as markup. */
export function AuditTable({ entries, onFilterUser }: { entries: AuditEntry[]; onFilterUser: (id: string) => void }) {
  const t = useT();
  const session = useSession();
  const canSeeChildren = session.permissions.includes('child.read');
  const canSeeUsers = session.permissions.includes('user.manage');
  const entityLink = (e: AuditEntry) => {
    if (!e.entityId) return null;
    const label = `${t.audit.entityTypes[e.entityType ?? ''] ?? e.entityType ?? ''} ${e.entityId.slice(0, 8)}`;
    if (e.entityType === 'child' && canSeeChildren && e.action !== 'child.delete')
      return <Link to={`/boern/${e.entityId}`}>{label}</Link>;
    if (e.entityType === 'user' && canSeeUsers) return <Link to={`/brugere/${e.entityId}`}>{label}</Link>;
    return <span title={e.entityId}>{label}</span>;
  };
  return (
    <ResponsiveTable caption={t.audit.caption} className="table table--compact audit-table">
      <thead>
        <tr>
          <th scope="col">{t.audit.time}</th>
          <th scope="col">{t.audit.user}</th>
          <th scope="col">{t.audit.action}</th>
          <th scope="col">{t.audit.entity}</th>
          <th scope="col">{t.audit.details}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={`${e.chain}-${e.seq}`}>
            <td className="nowrap">{formatDateTime(t, e.occurredAt)}</td>
            <td>
              {e.actorUserId && e.actorName ? (
                <button
                  type="button"
                  className="function-link"
                  onClick={() => onFilterUser(e.actorUserId ?? '')}
                  aria-label={t.audit.filterByUser(e.actorName)}
                >
                  {e.actorName}
                </button>
              ) : (
                (e.actorName ?? t.audit.system)
              )}
              {isRole(e.actorRole, t.roles) ? <div className="small-text">{t.roles[e.actorRole]}</div> : null}
            </td>
            <th scope="row" className="weight-normal">
              {t.audit.actions[e.action] ?? e.action}
            </th>
            <td>{entityLink(e)}</td>
            <td>
              <dl className="audit-details">
                {Object.entries(e.details).map(([k, v]) => (
                  <div key={k}>
                    <dt>{t.audit.detailKeys[k] ?? k}</dt>
                    <dd>{ROLE_KEYS.has(k) && isRole(v, t.roles) ? t.roles[v] : detailText(v)}</dd>
                  </div>
                ))}
                {e.ip ? (
                  <div>
                    <dt>{t.audit.ip}</dt>
                    <dd>{e.ip}</dd>
                  </div>
                ) : null}
              </dl>
            </td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
