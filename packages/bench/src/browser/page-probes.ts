/**
 * Scripts that run inside the benchmark's pages. They are plain JavaScript strings, not
 * serialized TypeScript functions: tsx compiles with helpers (`__name`) that do not exist in
 * the page. Every time they record is `performance.timeOrigin + performance.now()`, a
 * millisecond clock that pages of one machine share (each page's own origin + its monotonic
 * offset), so a keydown in one tab and a paint in another compare directly.
 */

/** State the probes keep on `window.__bench`. */
export interface PageProbeState {
  /** Long tasks (> 50 ms) since the page started: absolute start time and duration. */
  readonly longTasks: { start: number; duration: number }[];
  /** Absolute times of the keydowns this page received. */
  readonly keydowns: number[];
  /** Absolute time at which keystroke k (0-based) was first painted; filled by the paint watcher. */
  readonly paints: number[];
  /** Absolute time at which the document became interactive (see `INTERACTIVE_WATCH`). */
  interactiveAt: number | null;
  /** Absolute time of the page's navigation start. */
  readonly timeOrigin: number;
}

/**
 * Installed before any page script (addInitScript): records long tasks and keydowns.
 * The keydown listener is on window in the capture phase, so it sees the key before the
 * editor does; `event.timeStamp` is when the browser created the event.
 */
export const PROBES_INIT_SCRIPT = `(() => {
  const state = { longTasks: [], keydowns: [], paints: [], interactiveAt: null, timeOrigin: performance.timeOrigin };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { state.longTaskError = String(error); }
  window.addEventListener('keydown', (event) => { state.keydowns.push(performance.timeOrigin + event.timeStamp); }, { capture: true });
})();`;

/**
 * Watches for the document being interactive: the editor is editable and its last block is
 * the document's last paragraph (whose text is given). Checked once per frame, so the time
 * recorded is the frame that first painted it.
 */
export function interactiveWatchScript(lastParagraphText: string): string {
  return `(() => {
  const expected = ${JSON.stringify(lastParagraphText)};
  const state = window.__bench;
  const check = () => {
    if (state.interactiveAt !== null) return;
    const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
    const last = editor && editor.lastElementChild;
    if (last && last.textContent === expected) { state.interactiveAt = performance.timeOrigin + performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
}

/**
 * Watches one paragraph (found by its text) for the typed string `typed`, appended at its end.
 * On each DOM mutation it reads the paragraph's text without other people's caret labels,
 * works out how many of the typed characters have arrived, and stamps the newly arrived ones
 * with the time of the next animation frame (the frame that paints them).
 */
export function paintWatchScript(paragraphText: string, typed: string): string {
  return `(() => {
  const original = ${JSON.stringify(paragraphText)};
  const typed = ${JSON.stringify(typed)};
  const state = window.__bench;
  const editor = document.querySelector('.ProseMirror');
  const textOf = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && !child.classList.contains('collaboration-carets__caret')) text += textOf(child);
    }
    return text;
  };
  let target = Array.from(editor.children).find((block) => textOf(block) === original) || null;
  if (!target) throw new Error('paragraph to watch not found: ' + original.slice(0, 40));
  let arrived = 0;
  const onMutation = () => {
    // ProseMirror may replace the paragraph's element: find it again by its start.
    if (!target.isConnected) target = Array.from(editor.children).find((block) => textOf(block).startsWith(original)) || target;
    const text = textOf(target);
    if (!text.startsWith(original)) return;
    const suffix = text.slice(original.length);
    if (!typed.startsWith(suffix) || suffix.length <= arrived) return;
    const from = arrived;
    arrived = suffix.length;
    requestAnimationFrame(() => {
      const paintedAt = performance.timeOrigin + performance.now();
      for (let k = from; k < arrived; k += 1) if (state.paints[k] === undefined) state.paints[k] = paintedAt;
    });
  };
  new MutationObserver(onMutation).observe(editor, { subtree: true, childList: true, characterData: true });
})();`;
}
