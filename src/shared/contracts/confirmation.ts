import { z } from 'zod';

/**
 * The explicit "yes, do it" of a wide or irreversible action (issue 11, point 4): publishing
 * decisions, sending an agreement, moving an open round's deadline into the past, cancelling a
 * dated meeting with participants, a plan change that removes meetings. Without it the server
 * does nothing and answers 422 `confirmation_required`, naming the consequence (and, in
 * `errors`, what it would touch) – so a client asks first, and a request without the flag is a
 * safe dry run.
 */
export const Confirmed = z
  .boolean()
  .default(false)
  .describe('Sæt til true, når brugeren har bekræftet handlingen; ellers afviser serveren med 422 og beskriver følgen');
