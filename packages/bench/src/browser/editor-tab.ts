import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROBES_INIT_SCRIPT, interactiveWatchScript, type PageProbeState } from './page-probes';

/** One person's tab on a document: its own browser context (own IndexedDB, cache, identity). */
export interface EditorTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** The probes' state (long tasks, keydowns, paints, interactive time). */
  probes(): Promise<PageProbeState>;
  close(): Promise<void>;
}

/** How long a page may take to show a 2,000-paragraph document on a loaded 2-core machine. */
const OPEN_TIMEOUT_MS = 60_000;

/**
 * A fresh context (no IndexedDB, no HTTP cache) for a person called `name`, with the probes
 * installed before any page script runs.
 */
export async function newEditorContext(
  browser: Browser,
  baseUrl: string,
  name: string,
  lastParagraphText: string,
): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  await context.addInitScript(
    `if (!localStorage.getItem('tandem:identity')) localStorage.setItem('tandem:identity', ${JSON.stringify(JSON.stringify({ name, color: '#1c7ed6' }))});`,
  );
  await context.addInitScript(PROBES_INIT_SCRIPT);
  await context.addInitScript(interactiveWatchScript(lastParagraphText));
  return { context, errors: [] };
}

/**
 * Loads `/d/<docId>` in `page` (of a context from `newEditorContext`) and waits until the
 * editor is editable and shows the document's last paragraph. Resolves with the time from
 * navigation start to the frame that first showed it, in ms.
 */
export async function loadDocument(page: Page, docId: string): Promise<number> {
  await page.goto(`/d/${encodeURIComponent(docId)}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction('window.__bench.interactiveAt !== null', undefined, { timeout: OPEN_TIMEOUT_MS, polling: 100 });
  await handle.dispose();
  return page.evaluate('window.__bench.interactiveAt - window.__bench.timeOrigin') as Promise<number>;
}

/** Opens a tab on the document for `name` and waits until it is interactive. */
export async function openEditorTab(browser: Browser, baseUrl: string, name: string, docId: string, lastParagraphText: string): Promise<EditorTab> {
  const { context, errors } = await newEditorContext(browser, baseUrl, name, lastParagraphText);
  const page = await context.newPage();
  watchErrors(page, errors);
  await loadDocument(page, docId);
  return {
    context,
    page,
    errors,
    probes: () => page.evaluate('window.__bench') as Promise<PageProbeState>,
    close: () => context.close(),
  };
}

/** Collects console errors and uncaught exceptions of `page` into `errors`. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
}
