import { useT } from '../../i18n/i18n.js';
import type { TextDiff } from './api.js';

/** A text's changes inline: removed words struck through, added ones underlined, each also said in words to screen readers. */
export function TextDiffView({ diff }: { diff: TextDiff }) {
  const m = useT().changeModel;
  return (
    <span className="cm-pre">
      {diff.map((d, i) => {
        if (d.op === 'same') return <span key={i}>{d.text}</span>;
        if (d.op === 'added')
          return (
            <ins key={i}>
              <span className="sr-only">{m.srAdded}</span>
              {d.text}
              <span className="sr-only">{m.srEnd}</span>
            </ins>
          );
        return (
          <del key={i}>
            <span className="sr-only">{m.srRemoved}</span>
            {d.text}
            <span className="sr-only">{m.srEnd}</span>
          </del>
        );
      })}
    </span>
  );
}
