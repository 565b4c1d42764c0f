import type { InstitutionDetail } from '../../api/contracts.js';
import { useSession } from '../../auth/session.js';
import { SelectField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { Icon } from '../../components/Icon.js';
import { PagedResults } from '../../components/PagedResults.js';
import { useT } from '../../i18n/i18n.js';
import { AddChildForm } from '../children/AddChildForm.js';
import { exportCsvHref, useChildren } from '../children/api.js';
import { ChildrenTable } from '../children/ChildrenTable.js';

const PAGE_SIZE = 25;
const PARAMS = { groupId: 'stue' };

/** The institution's children (for roles that may see them), with group filter, add form and CSV export. */
export function InstitutionChildren({ institution }: { institution: InstitutionDetail }) {
  const t = useT();
  const session = useSession();
  const { filter, page, draft, set, submit } = useFilterParams(PARAMS);
  const query = useChildren({
    institutionId: institution.id,
    groupId: filter.groupId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const canExport = session.permissions.includes('child.export');

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
      {institution.actions.writeChildren ? (
        <AddChildForm institutionId={institution.id} groups={institution.groups} />
      ) : null}
      {institution.groups.length > 0 ? (
        <FilterForm onSubmit={submit} submitLabel={t.common.show} search={false}>
          <SelectField
            id="children-group"
            label={t.children.group}
            value={draft.groupId}
            onChange={set('groupId')}
            options={[
              { value: '', label: t.children.allGroups },
              ...institution.groups.map((g) => ({ value: g.id, label: g.name })),
            ]}
          />
        </FilterForm>
      ) : null}
      <PagedResults query={query} noResults={t.children.noResults} noResultsClassName="">
        {(items) => (
          <ChildrenTable
            items={items}
            caption={`${t.institutions.childrenHeading} – ${institution.name}`}
            showInstitution={false}
          />
        )}
      </PagedResults>
    </section>
  );
}
