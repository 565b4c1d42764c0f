import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.js';
import { aboutPaths } from './paths.js';

const AccessibilityPage = lazyPage(() => import('./AccessibilityPage.js'), 'AccessibilityPage');
const ContactPage = lazyPage(() => import('./ContactPage.js'), 'ContactPage');
const PrivacyPage = lazyPage(() => import('./PrivacyPage.js'), 'PrivacyPage');

/** The footer's pages: public, no login needed (the footer shows them on the login page too). */
export const aboutRoutes: RouteObject[] = [
  { path: aboutPaths.accessibility.slice(1), element: <AccessibilityPage /> },
  { path: aboutPaths.privacy.slice(1), element: <PrivacyPage /> },
  { path: aboutPaths.contact.slice(1), element: <ContactPage /> },
];
