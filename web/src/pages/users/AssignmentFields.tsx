import { isInstitutionRole, isMunicipalRole, MUNICIPAL_ROLES, ROLES } from '../../../../src/shared/roles.js';
import type { Role } from '../../api/contracts.js';
import { useSession } from '../../auth/session.js';
import { fieldError } from '../../components/form-errors.js';
import { SelectField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { useInstitutions } from '../institutions/api.js';
import { useMunicipalities } from '../municipalities/api.js';

export interface AssignmentValue {
  role: Role;
  municipalityCode: string;
  institutionId: string;
}

/**
 * The roles this actor may hand out (server: policy canAssignRole): the agency
 * any role; a coordinator the municipal roles except daycare chief (ADR 11).
 */
export function useAssignableRoles(): readonly Role[] {
  const session = useSession();
  return session.role === 'national_admin' ? ROLES : MUNICIPAL_ROLES.filter((r) => r !== 'daycare_chief');
}

export function useInitialAssignment(): AssignmentValue {
  const session = useSession();
  const roles = useAssignableRoles();
  return {
    role: roles.includes('staff') ? 'staff' : (roles[0] ?? 'staff'),
    municipalityCode: session.municipality?.code ?? '',
    institutionId: '',
  };
}

/** The request body for an assignment: municipality and institution only where the role has them. */
export function assignmentBody(value: AssignmentValue) {
  return {
    role: value.role,
    municipalityCode: isMunicipalRole(value.role) ? value.municipalityCode || null : null,
    institutionId: isInstitutionRole(value.role) ? value.institutionId || null : null,
  };
}

interface AssignmentFieldsProps {
  idPrefix: string;
  value: AssignmentValue;
  onChange: (value: AssignmentValue) => void;
  error: unknown;
  /** Field names in the server's answer: `assignment.role` when nested in a create request. */
  fieldPrefix?: string;
}

/** Role, then municipality (municipal roles), then institution (leader and staff). */
export function AssignmentFields({ idPrefix, value, onChange, error, fieldPrefix = '' }: AssignmentFieldsProps) {
  const t = useT();
  const session = useSession();
  const roles = useAssignableRoles();
  const national = session.role === 'national_admin';
  const municipal = isMunicipalRole(value.role);
  const needsInstitution = isInstitutionRole(value.role);
  const municipalities = useMunicipalities();
  const institutions = useInstitutions(
    { municipality: value.municipalityCode || undefined, page: 1, pageSize: 200 },
    needsInstitution && value.municipalityCode !== '',
  );
  const err = (field: string) =>
    fieldError(error, `${fieldPrefix}${field}`) ?? (fieldPrefix ? fieldError(error, field) : undefined);

  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t.users.role}
        value={value.role}
        onChange={(v) => onChange({ ...value, role: v as Role, institutionId: '' })}
        options={roles.map((r) => ({ value: r, label: t.roles[r] }))}
        error={err('role')}
        required
      />
      {municipal && national ? (
        <SelectField
          id={`${idPrefix}-municipalityCode`}
          label={t.users.municipality}
          value={value.municipalityCode}
          onChange={(v) => onChange({ ...value, municipalityCode: v, institutionId: '' })}
          options={[
            { value: '', label: t.users.chooseMunicipality },
            ...(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name })),
          ]}
          error={err('municipalityCode')}
          required
        />
      ) : null}
      {municipal && !national && session.municipality ? (
        <p className="form-group">
          <span className="form-label">{t.users.municipality}</span>
          <br />
          {session.municipality.name}
        </p>
      ) : null}
      {needsInstitution ? (
        <SelectField
          id={`${idPrefix}-institutionId`}
          label={t.users.institution}
          value={value.institutionId}
          onChange={(v) => onChange({ ...value, institutionId: v })}
          options={[
            { value: '', label: t.users.chooseInstitution },
            ...(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name })),
          ]}
          error={err('institutionId')}
          required
        />
      ) : null}
    </>
  );
}
