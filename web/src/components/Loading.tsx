import { useCoreT } from '../i18n/i18n.js';

/** dkfds spinner with a status text for screen readers. */
export function Loading() {
  const t = useCoreT();
  return (
    <div className="spinner-box my-6">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {t.common.loading}
      </div>
    </div>
  );
}
