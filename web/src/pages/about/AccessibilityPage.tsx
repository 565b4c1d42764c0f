import { AboutPage } from './AboutPage.js';
import { serviceContact } from './contact.js';

/** `/tilgaengelighed`: the accessibility statement the web accessibility act asks for (WCAG 2.1 AA). */
export function AccessibilityPage() {
  const c = serviceContact;
  return (
    <AboutPage title="Tilgængelighedserklæring" updated="7. december 2026">
      <p className="font-lead">
        {c.authority} ønsker, at alle kan bruge Indsats. Denne erklæring gælder for webløsningen Indsats og er
        udarbejdet efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer.
      </p>

      <h2>Overholdelse</h2>
      <p>
        Indsats overholder delvist standarden WCAG 2.1 på niveau AA (EN 301 549). Løsningen er bygget med Det Fælles
        Designsystem (DKFDS), der er udviklet til at leve op til kravene.
      </p>

      <h2>Det, der endnu ikke er tilgængeligt</h2>
      <ul>
        <li>Forandringsmodellens diagram er en tegning; den samme model findes som tekst på siden.</li>
        <li>
          Dokumenter, Indsats danner (afgørelsesbreve og samarbejdsaftaler som PDF), er ikke alle fuldt tilgængelige
          endnu. Brevene findes også som Word-dokumenter.
        </li>
        <li>Nogle brede tabeller på telefon ruller til siden inden for tabellen.</li>
      </ul>

      <h2>Sådan er erklæringen udarbejdet</h2>
      <p>
        Erklæringen bygger på en egen vurdering: de vigtigste forløb gennem løsningen testes automatisk med axe-core,
        hver gang løsningen ændres, og sider og formularer er gennemgået med tastatur.
      </p>

      <h2>Feedback og kontakt</h2>
      <p>
        Oplever du noget, du ikke kan bruge, så skriv til{' '}
        <a href={`mailto:${c.accessibilityEmail}`}>{c.accessibilityEmail}</a>. Vi svarer inden for 14 dage.
      </p>

      <h2>Håndhævelse</h2>
      <p>
        Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, der fører tilsyn med
        webtilgængelighed: <a href="https://www.was.digst.dk">was.digst.dk</a>.
      </p>
    </AboutPage>
  );
}
