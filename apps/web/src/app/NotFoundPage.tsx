import { AppLink } from './AppLink';

/** Shown for a URL that is neither the home page nor a document. */
export function NotFoundPage({ navigate }: { navigate: (path: string) => void }) {
  return (
    <main className="page page--centered">
      <h1 className="page-title">Nothing here</h1>
      <p className="muted">This address does not point to a document.</p>
      <AppLink href="/" navigate={navigate} className="button button--primary">
        Back to your documents
      </AppLink>
    </main>
  );
}
