import { TextAreaField, TextField } from '../../components/fields.js';
import { SELF_ANALYSIS_LIMITS } from '../../../../src/shared/contracts/self-analysis.js';
import { formatInstant } from '../applications/time.js';
import { useT } from '../../i18n/i18n.js';
import type { SelfAnalysis } from './api.js';
import { capacityParts, type EnteredFigure } from './capacity-template.js';
import { PrefilledTable } from './PrefilledTable.js';
import { institutionFigureId, municipalityFigureId, parseFigure, type CapacityValues } from './self-analysis-form.js';

interface CapacityEditorProps {
  sa: SelfAnalysis;
  municipality: CapacityValues;
  institutions: Record<string, CapacityValues>;
  onMunicipality: (next: CapacityValues) => void;
  onInstitution: (id: string, next: CapacityValues) => void;
  disabled: boolean;
  /** The server's message for a field of the content, if any. */
  serverError: (field: string) => string | undefined;
}

interface PartFormProps {
  legend: string;
  entered: EnteredFigure[];
  values: CapacityValues;
  onChange: (next: CapacityValues) => void;
  idOf: (key: string) => string;
  fieldOf: (key: string) => string;
  disabled: boolean;
  serverError: (field: string) => string | undefined;
}

/** The figures the municipality enters for one part, each checked as it is typed. */
function EnteredFigures({ legend, entered, values, onChange, idOf, fieldOf, disabled, serverError }: PartFormProps) {
  const t = useT();
  const s = t.selfAnalysis;
  return (
    <fieldset disabled={disabled} className="mt-4">
      <legend className="h4">{legend}</legend>
      {entered.map((f) => (
        <TextField
          key={f.key}
          id={idOf(f.key)}
          label={f.label}
          value={values.figures[f.key] ?? ''}
          onChange={(v) => onChange({ ...values, figures: { ...values.figures, [f.key]: v } })}
          hint={s.unitHints[f.unit]}
          error={
            parseFigure(values.figures[f.key] ?? '', f.unit) === 'invalid'
              ? s.invalidFigure[f.unit]
              : serverError(fieldOf(`figures.${f.key}`))
          }
          inputMode={f.unit === 'count' ? 'numeric' : 'decimal'}
          width="s"
        />
      ))}
      <TextAreaField
        id={idOf('note')}
        label={s.note}
        hint={s.noteHint}
        value={values.note}
        onChange={(note) => onChange({ ...values, note })}
        error={serverError(fieldOf('note'))}
        rows={3}
        limit={SELF_ANALYSIS_LIMITS.note}
        optional
      />
    </fieldset>
  );
}

/**
 * The capacity overview: for the municipality and each institution of the
 * course, the figures Indsats holds (read-only, "Fra Indsats") beside those
 * the municipality enters.
 */
export function CapacityEditor({
  sa,
  municipality,
  institutions,
  onMunicipality,
  onInstitution,
  disabled,
  serverError,
}: CapacityEditorProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const parts = capacityParts(t, sa);
  return (
    <section aria-labelledby="sa-capacity-heading" className="mt-7">
      <h2 id="sa-capacity-heading">{s.capacityHeading}</h2>
      <p>{s.capacityIntro}</p>
      <p className="small-text">
        {sa.prefilled.frozen
          ? s.frozenNote(formatInstant(t, sa.prefilled.asOf))
          : s.liveNote(formatInstant(t, sa.prefilled.asOf))}
      </p>
      <h3 className="mt-6">{parts.municipality.heading}</h3>
      <PrefilledTable caption={s.prefilledCaption(parts.municipality.name)} rows={parts.municipality.prefilled} />
      <EnteredFigures
        legend={s.enteredLegend(parts.municipality.name)}
        entered={parts.municipality.entered}
        values={municipality}
        onChange={onMunicipality}
        idOf={municipalityFigureId}
        fieldOf={(rest) => `content.capacity.municipality.${rest}`}
        disabled={disabled}
        serverError={serverError}
      />
      {parts.institutions.length === 0 ? <p>{s.noInstitutions}</p> : null}
      {parts.institutions.map((part) => (
        <div key={part.id} className="mt-6">
          <h3>{part.heading}</h3>
          <PrefilledTable caption={s.prefilledCaption(part.name)} rows={part.prefilled} />
          <EnteredFigures
            legend={s.enteredLegend(part.name)}
            entered={part.entered}
            values={institutions[part.id] ?? { figures: {}, note: '' }}
            onChange={(next) => onInstitution(part.id, next)}
            idOf={(key) => institutionFigureId(part.id, key)}
            fieldOf={(rest) => `content.capacity.institutions.${part.id}.${rest}`}
            disabled={disabled}
            serverError={serverError}
          />
        </div>
      ))}
    </section>
  );
}
