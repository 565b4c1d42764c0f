import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Child } from '../../api/contracts.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Icon } from '../../components/Icon.js';
import { useT } from '../../i18n/i18n.js';
import { useDeleteChild } from './api.js';

/** "Slet barn" with a confirmation dialog; afterwards back to the institution with a message. */
export function DeleteChild({ child }: { child: Child }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const remove = useDeleteChild(child.id);
  const navigate = useNavigate();
  const name = `${child.firstName} ${child.lastName}`;
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        setOpen(false);
        void navigate(`/dagtilbud/${child.institutionId}`, { state: { flash: t.children.deleted(name) } });
      },
    });
  return (
    <>
      <button type="button" className="button button-secondary mt-5" onClick={() => setOpen(true)}>
        <Icon name="delete" />
        {t.children.delete}
      </button>
      <ConfirmDialog
        open={open}
        heading={t.children.deleteHeading}
        confirmLabel={t.children.deleteConfirm}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
        busy={remove.isPending}
      >
        <p>{t.children.deleteText(name)}</p>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}
