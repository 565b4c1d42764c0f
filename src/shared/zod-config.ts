import { z } from 'zod';

let configured = false;

/** A number as Danes write it: 6.000, 0,5. */
export const danishNumber = (n: number | bigint): string => Number(n).toLocaleString('da-DK');

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_WORDS: Record<string, string> = {
  number: 'Skriv et tal',
  int: 'Skriv et helt tal',
  bigint: 'Skriv et helt tal',
  string: 'Skriv en tekst',
  boolean: 'Vælg ja eller nej',
  array: 'Værdien skal være en liste',
  date: 'Skriv en gyldig dato',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'Skriv en gyldig e-mailadresse',
  uuid: 'Ugyldigt id',
  date: 'Skriv en gyldig dato',
  datetime: 'Skriv en gyldig dato og et gyldigt tidspunkt',
  time: 'Skriv et gyldigt tidspunkt',
  url: 'Skriv en gyldig webadresse',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = danishNumber(issue.maximum);
  switch (issue.origin) {
    case 'string': {
      const length = typeof issue.input === 'string' ? issue.input.length : undefined;
      return length === undefined
        ? `Teksten må højst være ${max} tegn. Forkort den`
        : `Teksten må højst være ${max} tegn, men er ${danishNumber(length)} tegn. Forkort den`;
    }
    case 'number':
    case 'int':
    case 'bigint':
      return issue.inclusive === false ? `Tallet skal være mindre end ${max}` : `Tallet må højst være ${max}`;
    case 'array':
    case 'set':
      return `Vælg højst ${max}`;
    case 'file':
      return `Filen er for stor (højst ${max} byte)`;
    case 'date':
      return 'Datoen ligger for sent';
    default:
      return `Værdien er for stor (højst ${max})`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = danishNumber(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1 ? 'Feltet må ikke være tomt' : `Skriv mindst ${min} tegn`;
    case 'number':
    case 'int':
    case 'bigint':
      return issue.inclusive === false ? `Tallet skal være større end ${min}` : `Tallet skal være mindst ${min}`;
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1 ? 'Vælg mindst én' : `Vælg mindst ${min}`;
    case 'file':
      return 'Filen er tom';
    case 'date':
      return 'Datoen ligger for tidligt';
    default:
      return `Værdien er for lille (mindst ${min})`;
  }
}

/**
 * Every kind of Zod issue in plain Danish, for a person who sees it next to
 * the field it names (issue 11, point 5): never "Ugyldig ISO-dato" or
 * "forventede tal, fik streng". A schema's own message still wins.
 */
export function danishIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Feltet skal udfyldes';
      if (issue.input === null) return 'Feltet skal udfyldes';
      return TYPE_WORDS[issue.expected] ?? 'Værdien har ikke den rigtige form';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return FORMAT_WORDS[issue.format] ?? 'Værdien har ikke den rigtige form';
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? 'Skriv et helt tal' : `Tallet skal gå op i ${danishNumber(issue.divisor)}`;
    case 'invalid_value':
      return 'Vælg en af de mulige værdier';
    case 'invalid_union': {
      // "Empty or an e-mail address", "empty or a date": the message of the branch that is not the empty literal.
      const inner = issue.errors.flat().find((i: z.core.$ZodIssue) => i.code !== 'invalid_value' && i.message);
      return inner?.message ?? 'Værdien har ikke den rigtige form';
    }
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `Feltet ${issue.keys[0]} kendes ikke`
        : `Felterne ${issue.keys.join(', ')} kendes ikke`;
    case 'invalid_key':
    case 'invalid_element':
      return 'Værdien har ikke den rigtige form';
    case 'custom':
      return 'Værdien kan ikke bruges';
    default:
      return undefined;
  }
}

/** Danish validation messages everywhere (server and web client), in plain words for each kind of problem. */
export function configureZod(): void {
  if (configured) return;
  configured = true;
  z.config(z.locales.da());
  z.config({ customError: danishIssueMessage });
}
