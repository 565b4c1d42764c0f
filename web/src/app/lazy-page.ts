import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded on demand: its code (and its CSS) becomes a chunk of its own,
 * fetched the first time the route is shown, so the login page carries only
 * itself. `<Suspense>` in Layout shows "Henter …" meanwhile.
 *
 *   const RoundsPage = lazyPage(() => import('./RoundsPage.js'), 'RoundsPage');
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
