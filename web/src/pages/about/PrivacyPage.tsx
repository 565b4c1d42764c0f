import { AboutPage } from './AboutPage.js';
import { serviceContact } from './contact.js';

/** `/privatliv`: what Indsats processes about whom, why, on which legal basis, for how long, and the rights. */
export function PrivacyPage() {
  const c = serviceContact;
  return (
    <AboutPage title="Privatlivspolitik" updated="7. december 2026">
      <p className="font-lead">
        Her kan du læse, hvilke personoplysninger Indsats behandler, hvorfor, og hvilke rettigheder du har. Indsats
        behandler kun de oplysninger, arbejdet med indsatserne kræver.
      </p>

      <h2>Dataansvarlig</h2>
      <p>
        {c.authority} er dataansvarlig for Indsats. Den enkelte kommune er dataansvarlig for de oplysninger om børn,
        stuer og medarbejdere, som kommunen selv lægger i Indsats, og {c.authority} behandler dem på kommunens vegne
        efter en databehandleraftale.
      </p>

      <h2>Hvilke oplysninger og hvorfor</h2>
      <ul>
        <li>
          <strong>Brugere</strong> (medarbejdere i {c.authority}, kommuner og dagtilbud, bedømmere og
          samarbejdspartnere): navn, e-mailadresse, roller og hvilken kommune eller hvilket dagtilbud rollen gælder. Det
          bruges til at give adgang til det, den enkelte skal bruge i sit arbejde, og til at sende meddelelser.
        </li>
        <li>
          <strong>Kommunens tovholder og ledere</strong>: navn, e-mailadresse og telefonnummer fra ansøgningen og
          samarbejdsaftalen. Det bruges til at behandle ansøgningen, sende afgørelsen og planlægge forløbet.
        </li>
        <li>
          <strong>Børn</strong>: fornavn, efternavn, fødselsdato, dagtilbud og stue – kun hvor arbejdet i dagtilbuddet
          kræver det, og kun synligt for medarbejdere med adgang til det dagtilbud eller den kommune. Indsats beder
          aldrig om CPR-nummer, og der må ikke skrives helbredsoplysninger eller andre følsomme oplysninger om et barn i
          fritekstfelter.
        </li>
        <li>
          <strong>Møder, referater og afprøvninger</strong>: hvem der deltog, og hvad der blev aftalt. Referater og
          logninger handler om den pædagogiske praksis, ikke om enkelte børn.
        </li>
        <li>
          <strong>Revisionslog</strong>: hvem der har set, søgt i, hentet eller ændret hvilke oplysninger, hvornår og
          fra hvilken IP-adresse, og hvem der har logget ind. Loggen beskytter oplysningerne og gør det muligt at se,
          hvem der har haft adgang til dem.
        </li>
        <li>
          <strong>Én teknisk nødvendig cookie</strong>: sessionscookien, der holder dig logget ind. Dit sprogvalg gemmes
          i din browser. Indsats bruger ingen cookies til statistik eller markedsføring.
        </li>
      </ul>

      <h2>Retsgrundlag</h2>
      <p>
        Oplysningerne behandles, fordi det er nødvendigt for at udføre en opgave i samfundets interesse og som led i
        offentlig myndighedsudøvelse: at tilrettelægge og følge de målrettede sociale indsatser i dagtilbud
        (databeskyttelsesforordningens artikel 6, stk. 1, litra e, og dagtilbudsloven). Revisionsloggen føres for at
        sikre oplysningerne (artikel 32).
      </p>

      <h2>Hvor længe</h2>
      <ul>
        <li>
          Oplysninger om børn gemmes, så længe dagtilbuddet bruger dem i indsatsen; kommunen sletter dem, når de ikke
          længere skal bruges.
        </li>
        <li>En bruger lukkes, når personen ikke længere skal have adgang.</li>
        <li>
          Revisionsloggens poster om læsninger, søgninger og eksporter gemmes som udgangspunkt i et halvt år (183 dage),
          poster om ændringer og login i fem år; derefter slettes de automatisk.
        </li>
        <li>En session udløber som udgangspunkt efter 30 minutter uden aktivitet og senest efter 12 timer.</li>
      </ul>

      <h2>Hvem ser oplysningerne</h2>
      <p>
        Kun brugere, hvis rolle kræver det: en medarbejder i et dagtilbud ser sit eget dagtilbud, en kommune sin egen
        kommune, og {c.authority} ser ansøgninger og forløb, men ikke børnenes personoplysninger. Oplysningerne gives
        ikke videre til andre, medmindre loven kræver det.
      </p>

      <h2>Dine rettigheder</h2>
      <p>
        Du har ret til at få indsigt i de oplysninger, der er om dig, få urigtige oplysninger rettet, i visse tilfælde
        få dem slettet eller begrænset, og gøre indsigelse mod behandlingen. For et barn udøver forældremyndighedens
        indehaver rettighederne, normalt gennem kommunen.
      </p>
      <p>
        Du kan klage over behandlingen til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby,{' '}
        <a href="https://www.datatilsynet.dk">datatilsynet.dk</a>.
      </p>

      <h2>Kontakt</h2>
      <p>
        Spørgsmål om dine oplysninger: skriv til {c.authority}s databeskyttelsesrådgiver på{' '}
        <a href={`mailto:${c.dpoEmail}`}>{c.dpoEmail}</a>. Spørgsmål om oplysninger, din kommune har lagt i Indsats, kan
        du også stille til kommunen.
      </p>
    </AboutPage>
  );
}
