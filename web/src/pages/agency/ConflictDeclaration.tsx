import { useState, type FormEvent } from 'react';
import { ASSESSMENT_LIMITS } from '../../../../src/shared/contracts/assessments.js';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { useDeclareConflict, type Assessment } from './api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextAreaField } from '../../components/fields.js';
import { radioId, RadioGroup } from '../../components/RadioGroup.js';

type Choice = 'none' | 'conflict';
const CHOICE_ID = 'conflict-choice';
const NOTE_ID = 'conflict-note';

/** The declaration form: not conflicted, or conflicted with a short note. */
function DeclarationForm({
  own,
  applicationId,
  onDone,
}: {
  own: Assessment;
  applicationId: string;
  onDone: () => void;
}) {
  const t = useT();
  const a = t.agency.assess;
  const declare = useDeclareConflict(applicationId);
  const [choice, setChoice] = useState<Choice | null>(own.conflict === 'undeclared' ? null : own.conflict);
  const [note, setNote] = useState(own.conflictNote);
  const [local, setLocal] = useState<SummaryItem[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    if (!choice)
      problems.push({ target: radioId(CHOICE_ID, 'none'), label: a.conflictLegend, message: a.conflictChoiceMissing });
    if (choice === 'conflict' && !note.trim())
      problems.push({ target: NOTE_ID, label: a.conflictNote, message: a.conflictNoteMissing });
    setLocal(problems);
    if (!choice || problems.length > 0) return;
    declare.mutate(
      { hasConflict: choice === 'conflict', note: choice === 'conflict' ? note.trim() : '' },
      { onSuccess: onDone },
    );
  };

  const serverNote = isApiError(declare.error) ? declare.error.fieldError('note') : undefined;
  const items = serverNote ? [{ target: NOTE_ID, label: a.conflictNote, message: serverNote }] : local;
  const fieldMessage = (target: string) => items.find((i) => i.target === target)?.message;
  return (
    <form onSubmit={submit} noValidate>
      <p>{a.conflictIntro}</p>
      <ErrorSummary id="conflict-errors" heading={a.declarationErrors} items={items} />
      {declare.error && !serverNote ? <ErrorAlert error={declare.error} /> : null}
      <RadioGroup
        id={CHOICE_ID}
        legend={a.conflictLegend}
        options={[
          { value: 'none', label: a.noConflict },
          { value: 'conflict', label: a.hasConflict },
        ]}
        value={choice}
        onChange={setChoice}
        error={fieldMessage(radioId(CHOICE_ID, 'none'))}
      />
      {choice === 'conflict' ? (
        <TextAreaField
          id={NOTE_ID}
          label={a.conflictNote}
          hint={a.conflictNoteHint}
          value={note}
          onChange={setNote}
          error={fieldMessage(NOTE_ID)}
          required
          rows={3}
          limit={ASSESSMENT_LIMITS.conflictNote}
        />
      ) : null}
      <div className="button-row mt-5">
        <button type="submit" className="button button-primary" disabled={declare.isPending}>
          {declare.isPending ? t.common.saving : a.declare}
        </button>
        {own.conflict !== 'undeclared' ? (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {a.cancelChange}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The conflict-of-interest declaration that comes before any scoring. Once
 * declared it says so; until the assessment is submitted it may be changed.
 */
export function ConflictDeclaration({ own, applicationId }: { own: Assessment; applicationId: string }) {
  const t = useT();
  const a = t.agency.assess;
  const [editing, setEditing] = useState(false);
  const canChange = own.status === 'draft';
  let body;
  if (own.conflict === 'undeclared' || (editing && canChange)) {
    body = <DeclarationForm own={own} applicationId={applicationId} onDone={() => setEditing(false)} />;
  } else {
    body = (
      <>
        {own.conflict === 'conflict' ? (
          <Alert variant="warning" heading={a.conflictBlocked}>
            <p>{a.declaredConflict}</p>
            <p>
              <strong>{a.yourNote}:</strong> {own.conflictNote}
            </p>
          </Alert>
        ) : (
          <p>{a.declaredNone}</p>
        )}
        {canChange ? (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {a.changeDeclaration}
          </button>
        ) : null}
      </>
    );
  }
  return (
    <section aria-labelledby="conflict-heading" className="mt-6">
      <h2 id="conflict-heading">{a.conflictHeading}</h2>
      {body}
    </section>
  );
}
