import { z } from 'zod';

let configured = false;

/** Danish validation messages everywhere (server and web client), with plainer words for missing fields. */
export function configureZod(): void {
  if (configured) return;
  configured = true;
  z.config(z.locales.da());
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'Feltet skal udfyldes';
      if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1)
        return 'Feltet må ikke være tomt';
      if (issue.code === 'invalid_format' && issue.format === 'email') return 'Skriv en gyldig e-mailadresse';
      if (issue.code === 'invalid_format' && issue.format === 'uuid') return 'Ugyldigt id';
      return undefined;
    },
  });
}
