import { useMemo } from 'react';
import { LoadMore } from '../../components/LoadMore.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FilterForm } from '../../components/FilterForm.js';
import { useFilterParams } from '../../components/filter-params.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useAudit } from './api.js';
import { AuditTable } from './AuditTable.js';

const PARAMS = { from: 'fra', to: 'til', action: 'handling', actorUserId: 'bruger', entityId: 'post' };

/** The audit log: filter by dates, event, user and record; newest first; "Vis flere" loads the next page (from the cursor; no page numbers or total). */
export function AuditPage() {
  const t = useT();
  usePageTitle(t.audit.title);
  const { filter, draft, setDraft, set, apply, submit } = useFilterParams(PARAMS);
  const query = useAudit(Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '')));
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  // Users to filter by: those seen in the entries so far.
  const actors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of entries) if (e.actorUserId && e.actorName) seen.set(e.actorUserId, e.actorName);
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], t.intlLocale));
  }, [entries, t.intlLocale]);

  const filterUser = (id: string) => {
    const next = { ...filter, actorUserId: id };
    setDraft(next);
    apply(next);
  };

  return (
    <>
      <h1>{t.audit.title}</h1>
      <p className="font-lead">{t.audit.intro}</p>
      <FilterForm onSubmit={submit} submitLabel={t.common.show}>
        <TextField id="audit-from" label={t.audit.from} type="date" value={draft.from} onChange={set('from')} />
        <TextField id="audit-to" label={t.audit.to} type="date" value={draft.to} onChange={set('to')} />
        <SelectField
          id="audit-action"
          label={t.audit.action}
          value={draft.action}
          onChange={set('action')}
          options={[
            { value: '', label: t.audit.allActions },
            ...Object.entries(t.audit.actions).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          id="audit-user"
          label={t.audit.user}
          value={draft.actorUserId}
          onChange={set('actorUserId')}
          options={[{ value: '', label: t.audit.allUsers }, ...actors.map(([value, label]) => ({ value, label }))]}
        />
        <TextField
          id="audit-entity"
          label={t.audit.entityId}
          hint={t.audit.entityIdHint}
          value={draft.entityId}
          onChange={set('entityId')}
        />
      </FilterForm>
      {!query.data ? (
        <QueryStatus query={query} />
      ) : entries.length === 0 ? (
        <p className="mt-6" role="status">
          {t.audit.noResults}
        </p>
      ) : (
        <>
          <AuditTable entries={entries} onFilterUser={filterUser} />
          <LoadMore query={query} shown={entries.length} message={t.audit.shown(entries.length, query.hasNextPage)} />
        </>
      )}
    </>
  );
}
