import { lazy, Suspense } from 'react';
import { HomePage } from '../home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { IdentityProvider } from '../identity/IdentityContext';
import { useRoute } from './use-route';

// The editor (TipTap, ProseMirror, Yjs bindings) is most of the bundle; the home page does not need it.
const DocumentPage = lazy(() => import('../document/DocumentPage').then((module) => ({ default: module.DocumentPage })));

/** The app: picks the page for the URL. */
export function App() {
  const { route, navigate } = useRoute();
  return (
    <IdentityProvider>
      {route.page === 'home' && <HomePage navigate={navigate} />}
      {route.page === 'document' && (
        <Suspense fallback={<div className="shell" aria-busy="true" />}>
          <DocumentPage key={route.docId} docId={route.docId} navigate={navigate} />
        </Suspense>
      )}
      {route.page === 'not-found' && <NotFoundPage navigate={navigate} />}
    </IdentityProvider>
  );
}
