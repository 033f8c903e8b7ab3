import { BenchClient, type BenchClientOptions } from './bench-client';

/**
 * Opens many clients with at most `concurrency` handshakes in flight, waiting for each to be
 * synced. Bounded so thousands of connections do not overflow the relay's accept backlog.
 */
export async function connectMany(
  optionsList: readonly BenchClientOptions[],
  { concurrency = 100, timeoutMs = 60_000 }: { concurrency?: number; timeoutMs?: number } = {},
): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array(optionsList.length);
  let next = 0;
  const deadline = Date.now() + timeoutMs;
  const worker = async (): Promise<void> => {
    while (next < optionsList.length) {
      const index = next++;
      const client = await BenchClient.connect(optionsList[index]!);
      clients[index] = client;
      await withDeadline(client.synced, deadline, `client ${index} (${optionsList[index]!.doc}) to sync`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, optionsList.length) }, worker));
  } catch (error) {
    for (const client of clients) client?.terminate();
    throw error;
  }
  return clients;
}

/** Rejects with a clear message if `promise` has not settled by `deadline` (epoch ms). */
export function withDeadline<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  const remaining = Math.max(0, deadline - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), remaining);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Closes every client quickly (terminate: no closing handshake needed between benchmark runs). */
export function terminateAll(clients: readonly BenchClient[]): void {
  for (const client of clients) client?.terminate();
}

/**
 * Waits until `clients` have received no frame for `quietMs` (e.g. the awareness broadcasts
 * that hundreds of clients joining set off), so a measurement does not start in their wake.
 */
export async function waitForQuiet(clients: readonly BenchClient[], quietMs = 300, timeoutMs = 30_000): Promise<void> {
  const total = (): number => clients.reduce((sum, client) => sum + client.framesReceived, 0);
  let last = total();
  let lastChangeMs = performance.now();
  const deadline = performance.now() + timeoutMs;
  while (performance.now() - lastChangeMs < quietMs && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = total();
    if (now !== last) {
      last = now;
      lastChangeMs = performance.now();
    }
  }
}
