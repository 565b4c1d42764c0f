import { useT } from '../../i18n/i18n.js';

/**
 * Saved minutes, rendered from the server's sanitised HTML (an allowlist of
 * formatting tags; modules/meetings/sanitize-minutes.ts) – never from what a
 * browser typed – and the decisions as a numbered list.
 */
export function MinutesView({ html, decisions }: { html: string; decisions: string[] }) {
  const t = useT();
  const m = t.meetings;
  return (
    <>
      {html ? <div className="minutes-text" dangerouslySetInnerHTML={{ __html: html }} /> : <p>{m.noMinutes}</p>}
      <h3 className="h4">{m.decisions}</h3>
      {decisions.length > 0 ? (
        <ol>
          {decisions.map((d, i) => (
            <li key={`${i}-${d}`}>{d}</li>
          ))}
        </ol>
      ) : (
        <p>{m.noDecisions}</p>
      )}
    </>
  );
}
