import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import type { Child, Group } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { childQueries, fetchChild, useUpdateChild } from './api.js';
import { changesFrom, mergeOntoLatest, valuesOf, type ChildValues } from './child-form.js';
import { ChildFields, useChildFieldLabels } from './ChildFields.js';
import { ConflictNotice } from './ConflictNotice.js';

/**
 * Edits a child with optimistic concurrency: the PATCH carries the version the
 * form started from. On 409 the latest saved version is fetched and shown next
 * to what the user typed, which stays in the form until they choose.
 */
export function EditChildForm({ child, groups }: { child: Child; groups: Group[] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(child);
  const [values, setValues] = useState<ChildValues>(() => valuesOf(child));
  const [latest, setLatest] = useState<Child | null>(null);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const update = useUpdateChild(child.id);
  const labels = useChildFieldLabels();
  const set = (field: keyof ChildValues, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const save = (from: Child, next: ChildValues) => {
    setNotice(null);
    const body = changesFrom(from, next);
    if (!body) {
      setNotice('unchanged');
      return;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        setBase(saved);
        setValues(valuesOf(saved));
        setLatest(null);
        setNotice('saved');
      },
      onError: (err) => {
        if (!isApiError(err, 409)) return;
        void fetchChild(child.id).then((fresh) => {
          queryClient.setQueryData(childQueries.detail(child.id).queryKey, fresh);
          setLatest(fresh);
        });
      },
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(base, values);
  };
  const loadLatest = () => {
    if (!latest) return;
    setBase(latest);
    setValues(valuesOf(latest));
    setLatest(null);
    update.reset();
  };
  const keepMine = () => {
    if (!latest) return;
    const merged = mergeOntoLatest(base, latest, values);
    setBase(latest);
    setValues(merged);
    setLatest(null);
    save(latest, merged);
  };

  const err = update.error;
  const conflict = isApiError(err, 409);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-child-heading">
      <h2 id="edit-child-heading">{t.children.edit}</h2>
      {notice === 'saved' ? <Alert variant="success" heading={t.children.saved} /> : null}
      {notice === 'unchanged' ? <Alert variant="info" heading={t.children.noChanges} /> : null}
      {conflict ? (
        <ConflictNotice
          error={err}
          base={base}
          latest={latest}
          mine={values}
          groups={groups}
          onLoadLatest={loadLatest}
          onKeepMine={keepMine}
        />
      ) : err ? (
        <ErrorAlert error={err} idPrefix="child" fieldLabels={labels} />
      ) : null}
      <ChildFields idPrefix="child" values={values} onChange={set} error={err} groups={groups} />
      <button type="submit" className="button button-primary mt-5" disabled={update.isPending}>
        {update.isPending ? t.common.saving : t.children.saveChanges}
      </button>
    </form>
  );
}
