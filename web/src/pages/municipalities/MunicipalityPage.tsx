import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useMunicipality } from './api.js';

/** One municipality; the number of institutions and children only for its own users and the agency. */
export function MunicipalityPage() {
  const t = useT();
  const { code = '' } = useParams();
  const session = useSession();
  const query = useMunicipality(code);
  const m = query.data;
  usePageTitle(m?.name, t.municipalities.title);
  if (!m) return <QueryStatus query={query} />;
  const countsVisible = m.institutionCount !== null;
  const canListInstitutions = countsVisible && session.permissions.includes('institution.read');
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.municipalities, to: '/kommuner' }, { label: m.name }]} />
      <h1>{m.name}</h1>
      <h2 className="h3">{t.municipalities.facts}</h2>
      <dl className="facts">
        <dt>{t.municipalities.code}</dt>
        <dd>{m.code}</dd>
        <dt>{t.municipalities.region}</dt>
        <dd>{m.regionName}</dd>
        <dt>{t.municipalities.population}</dt>
        <dd>{formatNumber(t, m.population)}</dd>
        {countsVisible ? (
          <>
            <dt>{t.municipalities.institutionCount}</dt>
            <dd>{formatNumber(t, m.institutionCount ?? 0)}</dd>
            <dt>{t.municipalities.childCount}</dt>
            <dd>{formatNumber(t, m.childCount ?? 0)}</dd>
          </>
        ) : null}
      </dl>
      {countsVisible ? null : <p className="form-hint">{t.municipalities.countsHidden}</p>}
      {canListInstitutions ? (
        <p className="mt-5">
          <Link to={`/dagtilbud?kommune=${m.code}`}>{t.municipalities.seeInstitutions}</Link>
        </p>
      ) : null}
    </>
  );
}
