import { SelectField, TextField, type Option } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { ids, LIMITS, messageFor, newId, type EditorError, type IndicatorValues } from './editor-form.js';
import { usePendingFocus } from './use-pending-focus.js';

interface IndicatorFieldsetProps {
  index: number;
  indicator: IndicatorValues;
  outcomes: Option[];
  onChange: (indicator: IndicatorValues) => void;
  onRemove: () => void;
  errors: EditorError[];
}

/** One indicator: what is measured, which outcome it shows, where the data comes from, baseline, target and when. */
export function IndicatorFieldset({ index, indicator, outcomes, onChange, onRemove, errors }: IndicatorFieldsetProps) {
  const t = useT();
  const m = t.changeModel;
  const focus = usePendingFocus();
  const set = (patch: Partial<IndicatorValues>) => onChange({ ...indicator, ...patch });
  const id = (field: string) => ids.indicator(index, field);
  const error = (field: string) => messageFor(errors, id(field));
  const addDate = () => {
    set({ whenDates: [...indicator.whenDates, { uid: newId('d'), date: '' }] });
    focus(ids.date(index, indicator.whenDates.length));
  };
  const removeDate = (j: number) => {
    set({ whenDates: indicator.whenDates.filter((_, k) => k !== j) });
    focus(ids.addDate(index));
  };
  const known = outcomes.some((o) => o.value === indicator.outcomeId);
  const options = [
    { value: '', label: m.noOutcome },
    ...outcomes,
    ...(known || !indicator.outcomeId ? [] : [{ value: indicator.outcomeId, label: '?' }]),
  ];

  return (
    <fieldset className="cm-indicator mt-5" id={`cm-ind-${index}`}>
      <legend className="h4">{m.indicatorLegend(index + 1, indicator.name.trim())}</legend>
      <TextField
        id={id('name')}
        label={m.indicatorName}
        hint={m.indicatorNameHint}
        value={indicator.name}
        onChange={(name) => set({ name })}
        error={error('name')}
        width="xl"
        limit={LIMITS.name}
      />
      <SelectField
        id={id('outcomeId')}
        label={m.indicatorOutcome}
        hint={m.indicatorOutcomeHint}
        value={indicator.outcomeId}
        onChange={(outcomeId) => set({ outcomeId })}
        options={options}
        error={error('outcomeId')}
      />
      <TextField
        id={id('dataSource')}
        label={m.dataSource}
        hint={m.dataSourceHint}
        value={indicator.dataSource}
        onChange={(dataSource) => set({ dataSource })}
        error={error('dataSource')}
        optional
        width="xl"
        limit={LIMITS.dataSource}
      />
      <div className="cm-numbers">
        <TextField
          id={id('baseline')}
          label={m.baseline}
          hint={m.baselineHint}
          value={indicator.baseline}
          onChange={(baseline) => set({ baseline })}
          error={error('baseline')}
          inputMode="decimal"
          optional
          width="s"
        />
        <TextField
          id={id('target')}
          label={m.target}
          hint={m.targetHint}
          value={indicator.target}
          onChange={(target) => set({ target })}
          error={error('target')}
          inputMode="decimal"
          optional
          width="s"
        />
        <TextField
          id={id('unit')}
          label={m.unit}
          hint={m.unitHint}
          value={indicator.unit}
          onChange={(unit) => set({ unit })}
          error={error('unit')}
          optional
          width="s"
          limit={LIMITS.unit}
        />
      </div>
      <TextField
        id={id('whenText')}
        label={m.whenText}
        hint={m.whenTextHint}
        value={indicator.whenText}
        onChange={(whenText) => set({ whenText })}
        error={error('whenText')}
        optional
        width="xl"
        limit={LIMITS.when}
      />
      <fieldset className="mt-4" aria-describedby={`${id('dates')}-hint`}>
        <legend className="form-label">{m.whenDates}</legend>
        <span className="form-hint" id={`${id('dates')}-hint`}>
          {m.whenDatesHint}
        </span>
        {indicator.whenDates.map((d, j) => (
          <div key={d.uid} className="cm-date-row">
            <TextField
              id={ids.date(index, j)}
              label={m.whenDate(j + 1)}
              type="date"
              value={d.date}
              onChange={(date) => set({ whenDates: indicator.whenDates.map((x, k) => (k === j ? { ...x, date } : x)) })}
              error={messageFor(errors, ids.date(index, j))}
            />
            <button type="button" className="button button-tertiary" onClick={() => removeDate(j)}>
              {m.removeDate(j + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          id={ids.addDate(index)}
          className="button button-secondary"
          onClick={addDate}
          disabled={indicator.whenDates.length >= LIMITS.dates}
        >
          {m.addDate}
        </button>
      </fieldset>
      <button type="button" className="button button-secondary mt-5" onClick={onRemove}>
        {m.removeIndicator(index + 1)}
      </button>
    </fieldset>
  );
}
