/**
 * Who answers for Indsats, as the footer and the public pages name it. The
 * operator puts its own addresses here (one place); the demo's are fictitious.
 */
export const serviceContact = {
  authority: 'Socialstyrelsen',
  /** Questions about the service, access and errors. */
  email: 'indsats@socialstyrelsen.example',
  /** The data protection officer (databeskyttelsesrådgiver). */
  dpoEmail: 'dpo@socialstyrelsen.example',
  /** Accessibility feedback. */
  accessibilityEmail: 'tilgaengelighed@socialstyrelsen.example',
} as const;
