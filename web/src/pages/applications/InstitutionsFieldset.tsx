import type { Institution } from '../../api/contracts.js';
import { useT } from '../../i18n/i18n.js';
import { fieldId, institutionCheckboxId, needId, shareId, type InstitutionValues } from './application-form.js';
import { PercentField } from './PercentField.js';
import { TextAreaField } from '../../components/fields.js';
import { APPLICATION_LIMITS } from '../../../../src/shared/contracts/applications.js';

interface InstitutionsFieldsetProps {
  chosen: InstitutionValues[];
  onChange: (chosen: InstitutionValues[]) => void;
  /** The municipality's institutions to choose among. */
  available: Institution[];
  /** Names of institutions already chosen (some may no longer be listed). */
  names: Record<string, string>;
  /** Messages of fields that cannot be saved as typed, by input id (a too long text words its own). */
  problems: Record<string, string>;
}

/**
 * The participating institutions as checkboxes; under each chosen one, its
 * share of families in a vulnerable position and how the need is documented.
 */
export function InstitutionsFieldset({ chosen, onChange, available, names, problems }: InstitutionsFieldsetProps) {
  const t = useT();
  const a = t.applications;
  const listed = new Set(available.map((i) => i.id));
  const options = [
    ...available.map((i) => ({ id: i.id, name: i.name, kind: t.kinds[i.kind] })),
    ...chosen
      .filter((c) => !listed.has(c.institutionId))
      .map((c) => ({ id: c.institutionId, name: names[c.institutionId] ?? c.institutionId, kind: '' })),
  ];
  const toggle = (id: string, on: boolean) =>
    onChange(
      on
        ? [...chosen, { institutionId: id, vulnerableFamiliesShare: '', needDocumentation: '' }]
        : chosen.filter((c) => c.institutionId !== id),
    );
  const set = (id: string, patch: Partial<InstitutionValues>) =>
    onChange(chosen.map((c) => (c.institutionId === id ? { ...c, ...patch } : c)));

  return (
    <fieldset id={fieldId('institutions')} tabIndex={-1} aria-describedby={`${fieldId('institutions')}-hint`}>
      <legend className="form-label">{a.institutionsLegend}</legend>
      <span className="form-hint" id={`${fieldId('institutions')}-hint`}>
        {a.institutionsHint}
      </span>
      {options.length === 0 ? <p>{a.noInstitutions}</p> : null}
      {options.map((o) => {
        const values = chosen.find((c) => c.institutionId === o.id);
        return (
          <div key={o.id}>
            <div className="form-group-checkbox">
              <input
                id={institutionCheckboxId(o.id)}
                type="checkbox"
                className="form-checkbox"
                checked={values !== undefined}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <label className="form-label" htmlFor={institutionCheckboxId(o.id)}>
                {o.name}
                {o.kind ? <span className="weight-normal small-text"> ({o.kind})</span> : null}
              </label>
            </div>
            {values ? (
              <fieldset className="checkbox-content">
                <legend className="sr-only">{a.needFor(o.name)}</legend>
                <PercentField
                  id={shareId(o.id)}
                  label={a.vulnerableShare}
                  value={values.vulnerableFamiliesShare}
                  onChange={(v) => set(o.id, { vulnerableFamiliesShare: v })}
                />
                <TextAreaField
                  id={needId(o.id)}
                  label={a.needDocumentation}
                  hint={a.needDocumentationHint}
                  value={values.needDocumentation}
                  onChange={(v) => set(o.id, { needDocumentation: v })}
                  error={problems[needId(o.id)]}
                  rows={3}
                  limit={APPLICATION_LIMITS.needDocumentation}
                />
              </fieldset>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
