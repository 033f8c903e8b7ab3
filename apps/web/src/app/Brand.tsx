import { AppLink } from './AppLink';

/** The Tandem logo and name, linking home. */
export function Brand({ navigate }: { navigate: (path: string) => void }) {
  return (
    <AppLink href="/" navigate={navigate} className="brand" aria-label="Tandem home">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <circle cx="12.5" cy="16" r="6" fill="none" stroke="#f7f6f3" strokeWidth="2.4" />
        <circle cx="19.5" cy="16" r="6" fill="none" stroke="#f2b84b" strokeWidth="2.4" />
      </svg>
      <span className="brand__name">Tandem</span>
    </AppLink>
  );
}
