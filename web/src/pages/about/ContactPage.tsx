import { AboutPage } from './AboutPage.js';
import { serviceContact } from './contact.js';

/** `/kontakt`: whom to ask about what. */
export function ContactPage() {
  const c = serviceContact;
  return (
    <AboutPage title="Kontakt" updated="7. december 2026">
      <p className="font-lead">Indsats drives af {c.authority}.</p>
      <h2>Adgang og brugere</h2>
      <p>
        Har du brug for en bruger eller en anden rolle, så spørg din kommunes tovholder eller din leder: de opretter
        brugere i Indsats.
      </p>
      <h2>Spørgsmål og fejl</h2>
      <p>
        Skriv til <a href={`mailto:${c.email}`}>{c.email}</a>. Skriv ikke personoplysninger om børn i e-mailen. Viser
        Indsats et fejl-id, så send det med.
      </p>
      <h2>Personoplysninger</h2>
      <p>
        Databeskyttelsesrådgiveren: <a href={`mailto:${c.dpoEmail}`}>{c.dpoEmail}</a>.
      </p>
      <h2>Tilgængelighed</h2>
      <p>
        <a href={`mailto:${c.accessibilityEmail}`}>{c.accessibilityEmail}</a>
      </p>
    </AboutPage>
  );
}
