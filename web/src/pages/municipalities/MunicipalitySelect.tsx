import { SelectField } from '../../components/fields.js';
import { useMunicipalities } from './api.js';

interface MunicipalitySelectProps {
  id: string;
  label: string;
  /** The first option, for no municipality in particular ("Alle kommuner"). */
  allLabel: string;
  value: string;
  onChange: (code: string) => void;
}

/** A filter on municipality: all 98, by name, valued by code. */
export function MunicipalitySelect({ id, label, allLabel, value, onChange }: MunicipalitySelectProps) {
  const municipalities = useMunicipalities();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      options={[
        { value: '', label: allLabel },
        ...(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name })),
      ]}
    />
  );
}
