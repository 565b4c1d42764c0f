import { TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { parsePercent } from './application-form.js';

interface PercentFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message from the server for this field, if any. */
  serverError?: string | undefined;
}

/** A share in per cent (0–100, comma or point), checked as it is typed. */
export function PercentField({ id, label, value, onChange, serverError }: PercentFieldProps) {
  const t = useT();
  const a = t.applications;
  const error = parsePercent(value) === 'invalid' ? a.invalidPercent : serverError;
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      hint={a.percentHint}
      error={error}
      inputMode="decimal"
      autoComplete="off"
      width="xs"
    />
  );
}
