import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useAssessorUsers, useSetAssessors, type Round } from './api.js';

/** Checkboxes of the users holding the assessor role; saving replaces the round's assessors. */
export function RoundAssessors({ round }: { round: Round }) {
  const t = useT();
  const users = useAssessorUsers(true);
  const save = useSetAssessors(round.id);
  const [chosen, setChosen] = useState<string[]>(() => (round.assessors ?? []).map((a) => a.id));
  const [saved, setSaved] = useState(false);
  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(chosen, { onSuccess: () => setSaved(true) });
  };
  const items = users.data?.items;
  return (
    <section aria-labelledby="round-assessors-heading" className="mb-8">
      <h2 id="round-assessors-heading">{t.rounds.assessorsHeading}</h2>
      {saved ? <Alert variant="success" heading={t.rounds.assessorsSaved} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {!items ? (
        <QueryStatus query={users} />
      ) : items.length === 0 ? (
        <p>{t.rounds.noAssessors}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend className="form-label">{t.rounds.assessorsLegend}</legend>
            {items.map((u) => (
              <div className="form-group-checkbox" key={u.id}>
                <input
                  id={`assessor-${u.id}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={chosen.includes(u.id)}
                  onChange={(e) => toggle(u.id, e.target.checked)}
                />
                <label className="form-label" htmlFor={`assessor-${u.id}`}>
                  {u.name} <span className="small-text">({u.email})</span>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button button-secondary mt-4" disabled={save.isPending}>
            {save.isPending ? t.common.saving : t.rounds.saveAssessors}
          </button>
        </form>
      )}
    </section>
  );
}
