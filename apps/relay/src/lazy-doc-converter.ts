import type { DocConverter } from '@tandem/doc-convert';

/** A DocConverter that exists before its libraries are loaded. */
export interface LazyDocConverter {
  /** Usable once `load()` has resolved (before that, any use throws). */
  readonly converter: DocConverter;
  /** Loads the conversion libraries once; later calls share the first load. */
  load(): Promise<void>;
}

/**
 * Loads `@tandem/doc-convert` — TipTap, ProseMirror, Markdown and a happy-dom for HTML, ~40 MB
 * of RSS and most of the relay's start-up time — on the first document API request instead of
 * at start: a relay serving only WebSocket clients never pays for it. The routes keep a plain
 * synchronous DocConverter; an HTTP middleware awaits `load()` before they run.
 */
export function createLazyDocConverter(): LazyDocConverter {
  let loaded: DocConverter | null = null;
  let loading: Promise<void> | null = null;
  const converter = new Proxy({} as DocConverter, {
    get(_target, key) {
      if (!loaded) throw new Error('document converter used before it was loaded');
      return loaded[key as keyof DocConverter];
    },
  });
  return {
    converter,
    load() {
      loading ??= import('@tandem/doc-convert/converter').then(
        (module) => {
          loaded = module.createDocConverter();
        },
        (error: unknown) => {
          loading = null; // let the next request try again
          throw error;
        },
      );
      return loading;
    },
  };
}
