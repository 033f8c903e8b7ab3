import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExecutable, HEADLESS_CHROMIUM_FLAGS } from '@tandem/test-kit/chromium';

/** Launches headless Debian Chromium with the flags that keep it quiet and offline-friendly. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: [...HEADLESS_CHROMIUM_FLAGS, '--disable-quic'] });
}

/** One person: a browser context with a remembered name and colour, and the console errors of its pages. */
export interface User {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions, across reloads. */
  readonly errors: string[];
  newPage(): Promise<Page>;
}

/** Opens a context for a user with `name` and `color` preset in localStorage (the app's own key). */
export async function openUser(browser: Browser, baseURL: string, name: string, color: string): Promise<User> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1360, height: 860 } });
  await context.addInitScript(
    ([n, c]) => {
      if (!localStorage.getItem('tandem:identity')) localStorage.setItem('tandem:identity', JSON.stringify({ name: n, color: c }));
    },
    [name, color] as const,
  );
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    // Console lines about failed loads do not say which URL: record it beside them.
    // (Aborted requests are normal: a fetch cancelled because the user navigated away.)
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
    });
  };
  const page = await context.newPage();
  watch(page);
  return {
    name,
    context,
    page,
    errors,
    async newPage() {
      const extra = await context.newPage();
      watch(extra);
      return extra;
    },
  };
}

/** Errors left after removing the ones a test provoked on purpose (matched by `allowed`). */
export function unexpectedErrors(user: User, allowed: RegExp[] = []): string[] {
  return user.errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
}
