import type { FigureUnit } from '../../../../src/shared/contracts/self-analysis.js';
import { useT } from '../../i18n/i18n.js';
import type { PrefilledFigure } from './api.js';
import { prefilledText } from './figures.js';

interface PrefilledTableProps {
  caption: string;
  rows: { key: string; label: string; unit: FigureUnit; figure: PrefilledFigure | undefined }[];
}

/** The figures Indsats holds, read-only and marked "Fra Indsats". */
export function PrefilledTable({ caption, rows }: PrefilledTableProps) {
  const t = useT();
  const s = t.selfAnalysis;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact mt-4">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.figure}</th>
            <th scope="col" className="numeric">
              {s.value}
            </th>
            <th scope="col">{s.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const { value, fromIndsats, detail } = prefilledText(t, r.figure, r.unit);
            return (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="numeric">{value}</td>
                <td>
                  {fromIndsats ? <span className="badge badge-info mr-2">{s.fromIndsats}</span> : null}
                  {detail}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
