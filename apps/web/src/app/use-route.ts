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

/** The current route and a `navigate(path)` that changes it without a page load. */
export function useRoute(): { route: Route; navigate: (path: string) => void } {
  const route = useSyncExternalStore(subscribe, getRoute, getRoute);
  const navigate = useCallback((path: string) => {
    if (path === window.location.pathname) return;
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
