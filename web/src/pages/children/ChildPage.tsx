import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useInstitution } from '../institutions/api.js';
import { useChild } from './api.js';
import { DeleteChild } from './DeleteChild.js';
import { EditChildForm } from './EditChildForm.js';

/** One child: details, and for roles that may write, the edit form and delete. */
export function ChildPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useChild(id);
  const child = query.data;
  const institution = useInstitution(child?.institutionId ?? '');
  const name = child ? `${child.firstName} ${child.lastName}` : undefined;
  usePageTitle(name, t.children.title);
  if (!child) return <QueryStatus query={query} />;
  const inst = institution.data;
  const canWrite = inst?.actions.writeChildren ?? false;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t.nav.institutions, to: '/dagtilbud' },
          { label: child.institutionName, to: `/dagtilbud/${child.institutionId}` },
          { label: name ?? '' },
        ]}
      />
      <h1>{name}</h1>
      <div className="row">
        <div className="col-12 col-lg-7">
          {!inst ? (
            <QueryStatus query={institution} />
          ) : canWrite ? (
            <>
              <EditChildForm key={child.id} child={child} groups={inst.groups} />
              <DeleteChild child={child} />
            </>
          ) : (
            <p>{t.children.readOnly}</p>
          )}
        </div>
        <div className="col-12 col-lg-5">
          <h2 className="h3">{t.children.details}</h2>
          <dl className="facts">
            <dt>{t.children.birthDate}</dt>
            <dd>{formatDate(t, child.birthDate)}</dd>
            <dt>{t.children.institution}</dt>
            <dd>{child.institutionName}</dd>
            <dt>{t.children.group}</dt>
            <dd>{child.groupName ?? t.children.noGroup}</dd>
            <dt>{t.children.updatedAt}</dt>
            <dd>{formatDateTime(t, child.updatedAt)}</dd>
          </dl>
        </div>
      </div>
    </>
  );
}
