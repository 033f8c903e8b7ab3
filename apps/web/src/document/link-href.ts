/**
 * Turns what someone typed into a link target: bare domains get `https://` so "example.com"
 * works, and any other scheme (`javascript:`, `data:`) is refused (null).
 */
export function normalizeHref(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  if (/^(https?:|mailto:|tel:|\/|#)/i.test(trimmed)) return trimmed;
  // A scheme (javascript:, data:) but not a port (localhost:3000).
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return null;
  return `https://${trimmed}`;
}
