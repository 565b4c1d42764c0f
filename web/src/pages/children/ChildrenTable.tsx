import { Link } from 'react-router';
import type { Child } from '../../api/contracts.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';

/** Children as a table: name (link), birth date, group, and the institution when several are listed. */
export function ChildrenTable({
  items,
  caption,
  showInstitution,
}: {
  items: Child[];
  caption: string;
  showInstitution: boolean;
}) {
  const t = useT();
  return (
    <ResponsiveTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.children.name}</th>
          <th scope="col">{t.children.birthDate}</th>
          {showInstitution ? <th scope="col">{t.children.institution}</th> : null}
          <th scope="col">{t.children.group}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link to={`/boern/${c.id}`}>
                {c.firstName} {c.lastName}
              </Link>
            </th>
            <td>{formatDate(t, c.birthDate)}</td>
            {showInstitution ? <td>{c.institutionName}</td> : null}
            <td>{c.groupName ?? t.children.noGroup}</td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
