import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { InstitutionDetail } from '../../api/contracts.js';
import { useSession } from '../../auth/session.js';
import { SelectField } from '../../components/fields.js';
import { Icon } from '../../components/Icon.js';
import { PageSummary, Pagination } from '../../components/Pagination.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { AddChildForm } from '../children/AddChildForm.js';
import { exportCsvHref, useChildren } from '../children/api.js';
import { ChildrenTable } from '../children/ChildrenTable.js';

const PAGE_SIZE = 25;

/** The institution's children (for roles that may see them), with group filter, add form and CSV export. */
export function InstitutionChildren({ institution }: { institution: InstitutionDetail }) {
  const t = useT();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const groupId = params.get('stue') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draftGroup, setDraftGroup] = useState(groupId);
  const query = useChildren({ institutionId: institution.id, groupId: groupId || undefined, page, pageSize: PAGE_SIZE });
  const canExport = session.permissions.includes('child.export');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(draftGroup ? { stue: draftGroup } : {});
  };

  const data = query.data;
  return (
    <section aria-labelledby="children-heading" className="mt-8">
      <h2 id="children-heading">{t.institutions.childrenHeading}</h2>
      {canExport ? (
        <p>
          <a className="function-link" href={exportCsvHref(institution.id)} download>
            <Icon name="download" />
            {t.institutions.exportCsv}
          </a>
          <br />
          <span className="form-hint">{t.institutions.exportHint}</span>
        </p>
      ) : null}
      {institution.actions.writeChildren ? <AddChildForm institutionId={institution.id} groups={institution.groups} /> : null}
      {institution.groups.length > 0 ? (
        <form className="filter-bar" onSubmit={submit}>
          <SelectField
            id="children-group"
            label={t.children.group}
            value={draftGroup}
            onChange={setDraftGroup}
            options={[{ value: '', label: t.children.allGroups }, ...institution.groups.map((g) => ({ value: g.id, label: g.name }))]}
          />
          <button type="submit" className="button button-secondary">
            {t.common.show}
          </button>
        </form>
      ) : null}
      {!data ? (
        <QueryStatus query={query} />
      ) : data.items.length === 0 ? (
        <p role="status">{t.children.noResults}</p>
      ) : (
        <>
          <PageSummary page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} shown={data.items.length} />
          <ChildrenTable items={data.items} caption={`${t.institutions.childrenHeading} – ${institution.name}`} showInstitution={false} />
          <Pagination page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} />
        </>
      )}
    </section>
  );
}
