import type { Browser } from 'playwright-core';
import { loadDocument, newEditorContext, watchErrors } from './editor-tab';
import { longTasksWithin, type LongTaskSummary } from './long-tasks';
import type { PageProbeState } from './page-probes';

/** One cold load and the warm load after it, in the same browser context. */
export interface TimeToInteractiveRun {
  /** Fresh context (no IndexedDB, no HTTP cache, no service worker): navigation start → editable with the last paragraph painted, ms. */
  readonly coldMs: number;
  /** Second load in the same context (IndexedDB copy, cached assets), ms. */
  readonly warmMs: number;
  /** Long tasks of each load, from navigation start to interactive. */
  readonly coldLongTasks: LongTaskSummary;
  readonly warmLongTasks: LongTaskSummary;
  readonly errors: string[];
}

/** IndexedDB must hold the document, marked known, before a warm load can use it. */
const LOCAL_COPY_TIMEOUT_MS = 60_000;

/**
 * Loads `/d/<docId>` in a fresh context, waits until this browser's local copy is stored,
 * then loads it again in the same context.
 */
export async function measureTimeToInteractive(browser: Browser, baseUrl: string, docId: string, lastParagraphText: string): Promise<TimeToInteractiveRun> {
  const { context, errors } = await newEditorContext(browser, baseUrl, 'Visitor', lastParagraphText);
  try {
    const page = await context.newPage();
    watchErrors(page, errors);
    const coldMs = await loadDocument(page, docId);
    const coldLongTasks = loadLongTasks((await page.evaluate('window.__bench')) as PageProbeState);
    await page.waitForFunction(localCopyStoredScript(docId), undefined, { timeout: LOCAL_COPY_TIMEOUT_MS, polling: 200 });
    const warmMs = await loadDocument(page, docId);
    const warmLongTasks = loadLongTasks((await page.evaluate('window.__bench')) as PageProbeState);
    return { coldMs, warmMs, coldLongTasks, warmLongTasks, errors };
  } finally {
    await context.close();
  }
}

function loadLongTasks(probes: PageProbeState): LongTaskSummary {
  return longTasksWithin(probes, probes.timeOrigin, probes.interactiveAt ?? Number.POSITIVE_INFINITY);
}

/**
 * True once y-indexeddb's database `tandem:<doc>` holds updates and the client's "known"
 * marker (`packages/client/src/local-copy.ts`): only then does a reload open from it.
 */
function localCopyStoredScript(docId: string): string {
  return `new Promise((resolve) => {
    const request = indexedDB.open(${JSON.stringify(`tandem:${docId}`)});
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction(['updates', 'custom'], 'readonly');
        const updates = tx.objectStore('updates').count();
        const known = tx.objectStore('custom').get('tandem:known');
        tx.oncomplete = () => { db.close(); resolve(updates.result > 0 && known.result !== undefined); };
        tx.onerror = () => { db.close(); resolve(false); };
      } catch { db.close(); resolve(false); }
    };
  })`;
}
