import { HomePage } from '../home/HomePage';
import { DocumentPage } from '../document/DocumentPage';
import { NotFoundPage } from './NotFoundPage';
import { IdentityProvider } from '../identity/IdentityContext';
import { useRoute } from './use-route';

/** The app: picks the page for the URL. */
export function App() {
  const { route, navigate } = useRoute();
  return (
    <IdentityProvider>
      {route.page === 'home' && <HomePage navigate={navigate} />}
      {route.page === 'document' && <DocumentPage key={route.docId} docId={route.docId} navigate={navigate} />}
      {route.page === 'not-found' && <NotFoundPage navigate={navigate} />}
    </IdentityProvider>
  );
}
