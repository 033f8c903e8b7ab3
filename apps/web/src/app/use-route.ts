import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
let cached: { path: string; route: Route } | null = null;
const getRoute = (): Route => {
  const path = window.location.pathname;
  if (cached?.path !== path) cached = { path, route: parseRoute(path) };
  return cached.route;
};

/** Changes the page without a load; `state` rides along in the history entry. */
export type Navigate = (path: string, state?: unknown) => void;

/** The current route and a `navigate(path, state?)` that changes it without a page load. */
export function useRoute(): { route: Route; navigate: Navigate } {
  const route = useSyncExternalStore(subscribe, getRoute, getRoute);
  const navigate = useCallback((path: string, state: unknown = null) => {
    if (path === window.location.pathname) return;
    window.history.pushState(state, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
