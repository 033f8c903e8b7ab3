import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, openUser, unexpectedErrors, type User } from './browser';
import { startRelay, type RelayProcess } from './relay-process';

/** The relay, the browser and the people of one e2e file. */
export interface E2eSuite {
  readonly relay: RelayProcess;
  readonly browser: Browser;
  /** A person with their own browser context (own storage); closed when the file ends. */
  user(name: string, color?: string): Promise<User>;
  /** Asserts that none of `users`' pages logged an error, except ones matching `allowed`. */
  expectNoErrors(users: readonly User[], allowed?: RegExp[]): void;
}

/** The colours the tests' people always wear, so screenshots look the same every run. */
const COLORS: Readonly<Record<string, string>> = {
  'Alice Martin': '#1c7ed6',
  'Bob Chen': '#c2255c',
  'Carol Diaz': '#2f9e44',
  'Dan Okafor': '#e8590c',
};

/**
 * The one setup every e2e file shares: registers `beforeAll` (a fresh relay on a free port
 * with its own data directory, and headless Chromium) and `afterAll` (close every context,
 * the browser, stop the relay, delete its data). Call it at the top level of a test file.
 */
export function useE2eSuite(options: { relayEnv?: Record<string, string> } = {}): E2eSuite {
  let relay: RelayProcess | null = null;
  let browser: Browser | null = null;
  const users: User[] = [];

  beforeAll(async () => {
    [relay, browser] = await Promise.all([startRelay({ env: options.relayEnv ?? {} }), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(users.map((user) => user.context.close().catch(() => undefined)));
    await browser?.close();
    await relay?.dispose();
  });

  const need = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is not started: use the suite inside tests or hooks`);
    return value;
  };

  return {
    get relay() {
      return need(relay, 'the relay');
    },
    get browser() {
      return need(browser, 'the browser');
    },
    async user(name, color = COLORS[name] ?? '#6741d9') {
      const user = await openUser(need(browser, 'the browser'), need(relay, 'the relay').url, name, color);
      users.push(user);
      return user;
    },
    expectNoErrors(people, allowed = []) {
      for (const person of people) expect(unexpectedErrors(person, allowed), `${person.name}'s console`).toEqual([]);
    },
  };
}
