import { ROUND_LIMITS } from '../../../../src/shared/contracts/field-limits.js';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { SelectField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useSaveRoundScheduleSettings, type HolidayWeek, type RoundScheduleSettings } from './api.js';

const ID = 'round-settings';
const fieldId = (i: number, key: keyof HolidayWeek) => `${ID}-holidayWeeks-${i}-${key}`;

/**
 * The round's holiday weeks (name, first and last day) and the daily cap,
 * saved with the version read (0 while the defaults apply). The server's
 * messages stand at their fields and in a summary that takes focus; on 409
 * the latest settings are loaded and the user's own stay in the form.
 */
export function RoundSettingsForm({ settings }: { settings: RoundScheduleSettings }) {
  const t = useT();
  const s = t.schedule;
  const save = useSaveRoundScheduleSettings(settings.roundId);
  const [weeks, setWeeks] = useState<HolidayWeek[]>(settings.holidayWeeks);
  const [max, setMax] = useState(String(settings.maxMeetingsPerConsultantPerDay));
  const [saved, setSaved] = useState(false);
  const change = (next: HolidayWeek[]) => {
    setSaved(false);
    setWeeks(next);
  };
  const setWeek = (i: number, patch: Partial<HolidayWeek>) =>
    change(weeks.map((w, j) => (j === i ? { ...w, ...patch } : w)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(
      // After a conflict the form saves over the settings just loaded (the query refetched them).
      { version: settings.version, holidayWeeks: weeks, maxMeetingsPerConsultantPerDay: Number(max) },
      { onSuccess: () => setSaved(true) },
    );
  };

  const err = save.error;
  const labels: Record<keyof HolidayWeek, string> = { label: s.holidayLabel, from: s.holidayFrom, to: s.holidayTo };
  const summary: SummaryItem[] = [
    ...weeks.flatMap((w, i) =>
      (['label', 'from', 'to'] as const).flatMap((key) => {
        const message = fieldError(err, `holidayWeeks.${i}.${key}`);
        return message
          ? [{ target: fieldId(i, key), label: `${s.holidayLegend(i + 1, w.label)} – ${labels[key]}`, message }]
          : [];
      }),
    ),
    ...(['holidayWeeks', 'maxMeetingsPerConsultantPerDay'] as const).flatMap((field) => {
      const message = fieldError(err, field);
      return message
        ? [
            {
              target: field === 'holidayWeeks' ? `${ID}-add` : `${ID}-max`,
              label: field === 'holidayWeeks' ? s.holidaysLegend : s.maxPerDay,
              message,
            },
          ]
        : [];
    }),
  ];
  return (
    <section aria-labelledby={`${ID}-heading`} className="mt-6">
      <h2 id={`${ID}-heading`}>{s.settingsHeading}</h2>
      {settings.isDefault ? <p>{s.defaultsNote}</p> : null}
      {saved ? <Alert variant="success" heading={s.settingsSaved} /> : null}
      <ErrorSummary id={`${ID}-errors`} heading={s.settingsErrorsHeading} items={summary} />
      {isApiError(err, 409) ? (
        <Alert variant="warning" heading={problemText(t, err).title}>
          <p>{s.settingsConflict}</p>
        </Alert>
      ) : err && summary.length === 0 ? (
        <ErrorAlert error={err} />
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby={`${ID}-heading`}>
        <fieldset>
          <legend className="h3">{s.holidaysLegend}</legend>
          <p className="form-hint">{s.holidaysHint}</p>
          {weeks.length === 0 ? <p>{s.noHolidays}</p> : null}
          {weeks.map((w, i) => (
            <fieldset key={i} className="mt-4">
              <legend className="h4">{s.holidayLegend(i + 1, w.label)}</legend>
              <TextField
                id={fieldId(i, 'label')}
                label={s.holidayLabel}
                hint={i === 0 ? s.holidayLabelHint : undefined}
                value={w.label}
                onChange={(label) => setWeek(i, { label })}
                error={fieldError(err, `holidayWeeks.${i}.label`)}
                width="m"
                limit={ROUND_LIMITS.holidayLabel}
              />
              <TextField
                id={fieldId(i, 'from')}
                type="date"
                label={s.holidayFrom}
                value={w.from}
                onChange={(from) => setWeek(i, { from })}
                error={fieldError(err, `holidayWeeks.${i}.from`)}
              />
              <TextField
                id={fieldId(i, 'to')}
                type="date"
                label={s.holidayTo}
                value={w.to}
                onChange={(to) => setWeek(i, { to })}
                error={fieldError(err, `holidayWeeks.${i}.to`)}
              />
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  change(weeks.filter((_, j) => j !== i));
                  window.requestAnimationFrame(() => document.getElementById(`${ID}-add`)?.focus());
                }}
              >
                {s.removeHoliday(w.label)}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            id={`${ID}-add`}
            className="button button-secondary mt-4"
            onClick={() => {
              change([...weeks, { label: '', from: '', to: '' }]);
              window.requestAnimationFrame(() => document.getElementById(fieldId(weeks.length, 'label'))?.focus());
            }}
          >
            {s.addHoliday}
          </button>
        </fieldset>
        <SelectField
          id={`${ID}-max`}
          label={s.maxPerDay}
          hint={s.maxPerDayHint}
          value={max}
          onChange={(v) => {
            setSaved(false);
            setMax(v);
          }}
          options={['1', '2', '3'].map((v) => ({ value: v, label: v }))}
          error={fieldError(err, 'maxMeetingsPerConsultantPerDay')}
        />
        <button type="submit" className="button button-primary mt-4" disabled={save.isPending}>
          {save.isPending ? t.common.saving : s.saveSettings}
        </button>
      </form>
    </section>
  );
}
