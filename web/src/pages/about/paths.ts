/** The footer's public pages (no login needed); routes.tsx loads them on demand. */
export const aboutPaths = { accessibility: '/tilgaengelighed', privacy: '/privatliv', contact: '/kontakt' } as const;
