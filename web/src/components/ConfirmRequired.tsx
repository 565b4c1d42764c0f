import { isApiError } from '../api/client.js';
import { ConfirmDialog } from './ConfirmDialog.js';

/** Whether the server refused a wide or irreversible action until it is confirmed (422 confirmation_required). */
export function needsConfirmation(error: unknown): boolean {
  return isApiError(error, 422) && error.code === 'confirmation_required';
}

interface ConfirmRequiredProps {
  /** The mutation's error: the dialog opens when it is the server's request for a confirmation. */
  error: unknown;
  heading: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
}

/**
 * The server's own account of what an action will do (issue 11, point 4), as a confirmation:
 * a request without `confirmed` is a dry run the server refuses with the consequence in
 * `detail` and what it touches in `errors`; confirming sends it again with `confirmed: true`.
 */
export function ConfirmRequired({ error, heading, confirmLabel, onConfirm, onClose, busy }: ConfirmRequiredProps) {
  const open = needsConfirmation(error);
  const detail = isApiError(error) ? (error.detail ?? error.title) : '';
  const items = isApiError(error) ? [...new Set(error.fieldErrors.map((e) => e.message))] : [];
  return (
    <ConfirmDialog
      open={open}
      heading={heading}
      confirmLabel={confirmLabel}
      onConfirm={onConfirm}
      // Confirming sends the request again, which clears the error and so closes the dialog; that
      // close is not the person's "no" and must not reset the mutation now under way (its success
      // callbacks would be dropped). Only a close while the question stands is a "no".
      onClose={() => {
        if (open) onClose();
      }}
      busy={busy}
    >
      <p>{detail}</p>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </ConfirmDialog>
  );
}
