import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useCreateRound, useLatestRound } from './api.js';
import { DeadlineAlert } from './DeadlineAlert.js';
import { bodyOf, newValues, type RoundValues } from './round-form.js';
import { RoundFields, useRoundFieldLabels } from './RoundFields.js';

function CreateRoundForm({ initial }: { initial: RoundValues }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateRound();
  const labels = useRoundFieldLabels();
  const [values, setValues] = useState(initial);
  const [badDeadline, setBadDeadline] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = bodyOf(values);
    setBadDeadline(!body);
    if (!body) {
      create.reset();
      return;
    }
    create.mutate(body, {
      onSuccess: (round) => void navigate(`/runder/${round.id}`, { state: { flash: t.rounds.created(round.name) } }),
    });
  };
  return (
    <form className="col-12 col-lg-8" onSubmit={submit} noValidate>
      {badDeadline ? <DeadlineAlert idPrefix="create-round" /> : null}
      {create.error ? <ErrorAlert error={create.error} idPrefix="create-round" fieldLabels={labels} /> : null}
      <RoundFields
        idPrefix="create-round"
        values={values}
        onChange={setValues}
        error={create.error}
        deadlineError={badDeadline ? t.rounds.deadlineInvalid : undefined}
      />
      <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
        {create.isPending ? t.common.saving : t.rounds.create}
      </button>
    </form>
  );
}

/** A new round; criteria, requirements and balance rules start as the latest round's. */
export function CreateRoundPage() {
  const t = useT();
  usePageTitle(t.rounds.create, t.rounds.title);
  const latest = useLatestRound();
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.rounds, to: '/runder' }, { label: t.rounds.create }]} />
      <h1>{t.rounds.create}</h1>
      <p className="font-lead">{t.rounds.createIntro}</p>
      <div className="row">
        {latest.data !== undefined ? (
          <CreateRoundForm initial={newValues(latest.data ?? undefined)} />
        ) : (
          <QueryStatus query={latest} />
        )}
      </div>
    </>
  );
}
