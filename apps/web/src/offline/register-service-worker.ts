/**
 * Registers the offline service worker in production builds and marks the document element
 * `data-offline-ready` once a worker controls the page, i.e. once a reload without network
 * will still open the editor.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const markReady = () => {
    if (navigator.serviceWorker.controller) document.documentElement.dataset['offlineReady'] = 'true';
  };
  navigator.serviceWorker.addEventListener('controllerchange', markReady);
  markReady();
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
    // Offline support is an extra: the editor works without it.
    console.warn('Offline support unavailable:', error);
  });
}
