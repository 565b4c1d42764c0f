import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useCoreT } from '../i18n/i18n.js';
import { Icon } from './Icon.js';

interface ConfirmDialogProps {
  open: boolean;
  heading: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
  children: ReactNode;
}

/**
 * A modal confirmation on the native <dialog> (focus is kept inside and
 * Escape closes it), styled as a dkfds modal.
 */
export function ConfirmDialog({ open, heading, confirmLabel, onConfirm, onClose, busy, children }: ConfirmDialogProps) {
  const t = useCoreT();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId(); // several dialogs may sit on one page
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus(); // the safe choice first
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="indsats-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="modal-content">
        <div className="modal-header">
          <h2 className="modal-title" id={headingId}>
            {heading}
          </h2>
          <button type="button" className="modal-close function-link" onClick={onClose}>
            <Icon name="close" />
            {t.common.close}
          </button>
        </div>
        <div className="modal-body">{children}</div>
        <div className="modal-footer">
          <button type="button" className="button button-warning" onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
