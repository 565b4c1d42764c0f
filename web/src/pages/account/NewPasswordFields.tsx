import { useState } from 'react';
import { fieldError } from '../../components/form-errors.js';
import { TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import type { Messages } from '../../i18n/da.js';

export interface NewPasswordProblems {
  newPassword?: string;
  repeatPassword?: string;
}

/** A new password as typed, twice. */
export function useNewPassword() {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    next,
    repeat,
    setNext,
    setRepeat,
    clear: () => {
      setNext('');
      setRepeat('');
    },
    /** What is wrong with it before it is sent: missing, or not repeated the same. */
    problems: (t: Messages): NewPasswordProblems => ({
      ...(next ? {} : { newPassword: t.account.changePassword.missing }),
      ...(next && repeat !== next ? { repeatPassword: t.account.changePassword.mismatch } : {}),
    }),
  };
}

interface NewPasswordFieldsProps {
  /** The fields' ids are `${idPrefix}-newPassword` and `${idPrefix}-repeatPassword` (what the error summary links to). */
  idPrefix: string;
  labels: { next: string; repeat: string };
  password: ReturnType<typeof useNewPassword>;
  /** The problems found before sending, and the server's refusal (its message on the new password). */
  problems: NewPasswordProblems;
  error: unknown;
}

/**
 * A new password and its repetition, with the password rules as the hint: the
 * same two fields when a person sets a password from a link (SetPasswordPage)
 * and when they change their own (ChangePasswordPage).
 */
export function NewPasswordFields({ idPrefix, labels, password, problems, error }: NewPasswordFieldsProps) {
  const t = useT();
  const field = (name: 'newPassword' | 'repeatPassword', label: string, hint?: string) => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={label}
      hint={hint}
      type="password"
      autoComplete="new-password"
      value={name === 'newPassword' ? password.next : password.repeat}
      onChange={name === 'newPassword' ? password.setNext : password.setRepeat}
      required
      error={problems[name] ?? (name === 'newPassword' ? fieldError(error, 'newPassword') : undefined)}
    />
  );
  return (
    <>
      {field('newPassword', labels.next, t.account.changePassword.nextHint)}
      {field('repeatPassword', labels.repeat)}
    </>
  );
}
