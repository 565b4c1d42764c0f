import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';

interface PartConflictProps {
  id: string;
  saved: ReactNode;
  mine: ReactNode;
  onChoose: (keepMine: boolean) => void;
}

/** Someone else saved this part while the user typed: both versions side by side, and a choice. */
export function PartConflict({ id, saved, mine, onChoose }: PartConflictProps) {
  const t = useT();
  const m = t.meetings;
  return (
    <Alert variant="warning" heading={m.partConflictHeading} id={id}>
      <p>{m.partConflictText}</p>
      <div className="versions">
        <div className="versions__item">
          <h3 className="h5">{m.savedVersion}</h3>
          {saved}
        </div>
        <div className="versions__item">
          <h3 className="h5">{m.yourVersion}</h3>
          {mine}
        </div>
      </div>
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" onClick={() => onChoose(false)}>
          {m.useSaved}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onChoose(true)}>
          {m.keepMine}
        </button>
      </div>
    </Alert>
  );
}
