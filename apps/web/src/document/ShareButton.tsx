import { useEffect, useState } from 'react';

/** Copies the document's address so it can be sent to someone else. */
export function ShareButton() {
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
