import { lazy, Suspense, useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { usePublishRole, useSessionInfo } from './use-share';

// Loaded on first open: only people who mint links ever see it.
const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

/**
 * "Share". On a relay with auth where this person may mint links, it opens the Share dialog
 * (links with a role and an expiry). Otherwise (auth off: the address is all anyone needs)
 * it copies the document's address.
 */
export function ShareButton({
  docId,
  title,
  token,
  awareness,
  isReadOnly,
}: {
  docId: string;
  title: string;
  token: string | null;
  awareness: Awareness | null;
  isReadOnly: boolean;
}) {
  const session = useSessionInfo(token);
  const [isOpen, setIsOpen] = useState(false);
  const ownRole = isReadOnly ? 'viewer' : 'editor';
  usePublishRole(awareness, ownRole);
  if (session?.canShare) {
    return (
      <>
        <button type="button" className="button button--primary share" aria-haspopup="dialog" onClick={() => setIsOpen(true)}>
          Share
        </button>
        {isOpen && (
          <Suspense fallback={null}>
            <ShareDialog docId={docId} title={title} token={token} ownRole={ownRole} awareness={awareness} onClose={() => setIsOpen(false)} />
          </Suspense>
        )}
      </>
    );
  }
  // With auth on but no right to mint links, copying the address would hand on this person's own token.
  if (session?.auth) return null;
  return <CopyAddressButton />;
}

/** Copies the document's address so it can be sent to someone else. */
function CopyAddressButton() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copied === 'idle') return;
    const timer = setTimeout(() => setCopied('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <button type="button" className="button button--primary share" onClick={() => void copy()} aria-live="polite">
      {copied === 'copied' ? 'Link copied' : copied === 'failed' ? 'Copy the address bar' : 'Share'}
    </button>
  );
}
