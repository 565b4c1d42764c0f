import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useInstitution } from './api.js';
import { InstitutionChildren } from './InstitutionChildren.js';

/** One institution: facts, groups with child counts, and its children when the role may see them. */
export function InstitutionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useInstitution(id);
  const inst = query.data;
  usePageTitle(inst?.name, t.institutions.title);
  if (!inst) return <QueryStatus query={query} />;
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.institutions, to: '/dagtilbud' }, { label: inst.name }]} />
      <Flash />
      <h1>{inst.name}</h1>
      <div className="row">
        <div className="col-12 col-lg-5">
          <h2 className="h3">{t.institutions.facts}</h2>
          <dl className="facts">
            <dt>{t.institutions.kind}</dt>
            <dd>{t.kinds[inst.kind]}</dd>
            <dt>{t.institutions.address}</dt>
            <dd>{inst.address}</dd>
            <dt>{t.institutions.municipality}</dt>
            <dd>
              <Link to={`/kommuner/${inst.municipalityCode}`}>{inst.municipalityName}</Link>
            </dd>
            <dt>{t.institutions.children}</dt>
            <dd>{formatNumber(t, inst.childCount)}</dd>
          </dl>
        </div>
        <div className="col-12 col-lg-7">
          <h2 className="h3">{t.institutions.groupsHeading}</h2>
          {inst.groups.length === 0 ? (
            <p>{t.institutions.noGroups}</p>
          ) : (
            <table className="table table--compact">
              <caption className="sr-only">{t.institutions.groupsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.institutions.group}</th>
                  <th scope="col" className="numeric">
                    {t.institutions.children}
                  </th>
                </tr>
              </thead>
              <tbody>
                {inst.groups.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.name}</th>
                    <td className="numeric">{formatNumber(t, g.childCount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.institutions.total}</th>
                  <td className="numeric">{formatNumber(t, inst.childCount)}</td>
                </tr>
              </tfoot>
            </table>
          )}
        </div>
      </div>
      {inst.actions.readChildren ? (
        <InstitutionChildren institution={inst} />
      ) : (
        <p className="mt-7">{t.institutions.noChildAccess}</p>
      )}
    </>
  );
}
