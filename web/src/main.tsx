import 'dkfds-css';
import './styles/theme.css';
import './styles/app.css';
import './styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './app/query-client.js';
import { createRouter } from './app/routes.js';
import { I18nProvider, initialLocale, loadCoreMessages } from './i18n/i18n.js';

const queryClient = createQueryClient();
const router = createRouter();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root is missing from index.html');
const root = createRoot(rootElement);

// The frame's texts come in a chunk of their own (one per locale): render once they are here.
const locale = initialLocale();
loadCoreMessages(locale).then(
  (core) =>
    root.render(
      <StrictMode>
        <I18nProvider initial={{ locale, core }}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  () => {
    // Without texts there is no page to show; a reload fetches them again.
    rootElement.textContent =
      'Indsats kunne ikke indlæses. Genindlæs siden. / Indsats could not load. Reload the page.';
  },
);
