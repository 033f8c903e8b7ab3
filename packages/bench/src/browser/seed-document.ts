/**
 * The benchmark's document: `count` paragraphs of ordinary prose, each tagged with its index
 * so a page can find one paragraph and tell that the last one has arrived.
 */
const WORDS = 'the relay keeps every edit durable before it reaches the other people who have this document open'.split(' ');

/** Text of paragraph `index` (0-based): a tag, then ~90 characters of words. */
export function paragraphText(index: number): string {
  const words: string[] = [];
  for (let i = 0; i < 16; i += 1) words.push(WORDS[(index * 7 + i) % WORDS.length] ?? 'word');
  return `p${index} ${words.join(' ')}.`;
}

/** The whole document as Markdown: one paragraph per blank-line-separated block. */
export function documentMarkdown(count: number): string {
  return Array.from({ length: count }, (_, i) => paragraphText(i)).join('\n\n') + '\n';
}

/**
 * Stores the document through the relay's own import route (`PUT /api/docs/:name/content`),
 * the way a user importing Markdown would; the relay converts it with TipTap's schema.
 */
export async function seedDocument(baseUrl: string, docId: string, paragraphs: number): Promise<void> {
  const response = await fetch(`${baseUrl}/api/docs/${encodeURIComponent(docId)}/content`, {
    method: 'PUT',
    headers: { 'content-type': 'text/markdown' },
    body: documentMarkdown(paragraphs),
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`seeding ${docId} failed: ${response.status} ${await response.text()}`);
  }
}
