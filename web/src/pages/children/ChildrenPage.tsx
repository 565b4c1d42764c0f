import { SelectField, TextField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { PagedResults } from '../../components/PagedResults.js';
import { useT } from '../../i18n/i18n.js';
import { useInstitutions } from '../institutions/api.js';
import { useChildren } from './api.js';
import { ChildrenTable } from './ChildrenTable.js';

const PAGE_SIZE = 25;
const PARAMS = { q: 'q', institutionId: 'dagtilbud' };

/** Search for a child by name among the institutions the role may see. Every search is audited. */
export function ChildrenPage() {
  const t = useT();
  usePageTitle(t.children.title);
  const { filter, page, draft, set, submit } = useFilterParams(PARAMS);
  const institutions = useInstitutions({ page: 1, pageSize: 200 });
  const query = useChildren({
    q: filter.q || undefined,
    institutionId: filter.institutionId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  // The institutions whose children the server lets this user see.
  const institutionOptions = (institutions.data?.items ?? []).filter((i) => i.actions.readChildren);

  return (
    <>
      <Flash />
      <h1>{t.children.title}</h1>
      <p className="font-lead">{t.children.intro}</p>
      <FilterForm onSubmit={submit}>
        <TextField id="children-q" label={t.children.search} type="search" value={draft.q} onChange={set('q')} />
        {institutionOptions.length > 1 ? (
          <SelectField
            id="children-institution"
            label={t.children.institution}
            value={draft.institutionId}
            onChange={set('institutionId')}
            options={[
              { value: '', label: t.children.allInstitutions },
              ...institutionOptions.map((i) => ({ value: i.id, label: i.name })),
            ]}
          />
        ) : null}
      </FilterForm>
      <PagedResults query={query} noResults={t.children.noResults}>
        {(items) => (
          <ChildrenTable items={items} caption={t.children.caption} showInstitution={institutionOptions.length !== 1} />
        )}
      </PagedResults>
    </>
  );
}
