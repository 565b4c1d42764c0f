import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../components/fields.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { PageSummary, Pagination } from '../../components/Pagination.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useInstitutions } from '../institutions/api.js';
import { useChildren } from './api.js';
import { ChildrenTable } from './ChildrenTable.js';

const PAGE_SIZE = 25;

/** Search for a child by name among the institutions the role may see. Every search is audited. */
export function ChildrenPage() {
  const t = useT();
  usePageTitle(t.children.title);
  const [params, setParams] = useSearchParams();
  const filter = { q: params.get('q') ?? '', institutionId: params.get('dagtilbud') ?? '' };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(filter);
  const institutions = useInstitutions({ page: 1, pageSize: 200 });
  const query = useChildren({ q: filter.q || undefined, institutionId: filter.institutionId || undefined, page, pageSize: PAGE_SIZE });
  // The institutions whose children the server lets this user see.
  const institutionOptions = (institutions.data?.items ?? []).filter((i) => i.actions.readChildren);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.institutionId) next.set('dagtilbud', draft.institutionId);
    setParams(next);
  };

  const data = query.data;
  return (
    <>
      <Flash />
      <h1>{t.children.title}</h1>
      <p className="font-lead">{t.children.intro}</p>
      <form className="filter-bar" onSubmit={submit} role="search">
        <TextField id="children-q" label={t.children.search} type="search" value={draft.q} onChange={(v) => setDraft({ ...draft, q: v })} />
        {institutionOptions.length > 1 ? (
          <SelectField
            id="children-institution"
            label={t.children.institution}
            value={draft.institutionId}
            onChange={(v) => setDraft({ ...draft, institutionId: v })}
            options={[{ value: '', label: t.children.allInstitutions }, ...institutionOptions.map((i) => ({ value: i.id, label: i.name }))]}
          />
        ) : null}
        <button type="submit" className="button button-secondary">
          {t.common.search}
        </button>
      </form>
      {!data ? (
        <QueryStatus query={query} />
      ) : data.items.length === 0 ? (
        <p className="mt-6" role="status">
          {t.children.noResults}
        </p>
      ) : (
        <>
          <PageSummary page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} shown={data.items.length} />
          <ChildrenTable items={data.items} caption={t.children.caption} showInstitution={institutionOptions.length !== 1} />
          <Pagination page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} />
        </>
      )}
    </>
  );
}
