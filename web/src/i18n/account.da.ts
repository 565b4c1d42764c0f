/** Texts about the person's own account and about reach in user management. en.ts's counterpart has the same shape. */
export const accountDa = {
  changePassword: {
    title: 'Skift din adgangskode',
    forcedIntro:
      'Din adgangskode er sat af en anden. Vælg din egen, før du fortsætter. Den, der satte den, skal ikke kende din adgangskode.',
    intro: 'Skriv din nuværende adgangskode og den nye, du vil bruge.',
    current: 'Nuværende adgangskode',
    next: 'Ny adgangskode',
    nextHint:
      'Mindst 12 tegn. Ikke en almindelig eller lækket adgangskode, ikke ét tegn gentaget, og ikke dit navn eller din e-mail. Flere ord, der ikke hører sammen, er lette at huske.',
    repeat: 'Gentag den nye adgangskode',
    mismatch: 'De to nye adgangskoder er ikke ens.',
    errorHeading: 'Nogle felter er ikke udfyldt korrekt.',
    missing: 'Udfyld feltet.',
    submit: 'Skift adgangskode',
    submitting: 'Skifter …',
    done: 'Din adgangskode er skiftet.',
  },
  reach: {
    rolesElsewhere: 'Har også roller uden for kommunen',
    outOfReach:
      'Brugeren har roller, du ikke kan tildele. Derfor kan du ikke ændre navn, adgangskode, adgang eller roller. Kontakt Socialstyrelsen, hvis noget skal ændres.',
    mustChangePassword: 'Skal vælge sin egen adgangskode ved næste login',
    ownAccount:
      'Det er din egen bruger. Din adgangskode skifter du under »Skift adgangskode«, og roller tildeles af en anden.',
  },
};
