import { BenchClient, type BenchClientOptions } from './bench-client';

/**
 * y-websocket 3.1's reconnect rules (src/y-websocket.js, closeWebsocketConnection): every close
 * or failed attempt counts one more unsuccessful reconnect and the next attempt waits
 * min(2^count × 100 ms, maxBackoffTime = 2,500 ms); the count resets once a connection synced;
 * `defaultShouldReconnect` gives up for good on close codes 4400–4499.
 */
export const Y_WEBSOCKET_BACKOFF = { baseMs: 100, maxBackoffMs: 2_500 } as const;

/** How long stock y-websocket waits before the next attempt after `unsuccessful` closes in a row. */
export function yWebsocketBackoffMs(unsuccessful: number): number {
  return Math.min(2 ** unsuccessful * Y_WEBSOCKET_BACKOFF.baseMs, Y_WEBSOCKET_BACKOFF.maxBackoffMs);
}

/** What ended one connection or attempt: a close code, an HTTP refusal or a socket error. */
export type CloseOutcome = `${number}` | `HTTP ${number}` | string;

/** True when a stock y-websocket client stops reconnecting after this outcome. */
export function isPermanentClose(outcome: CloseOutcome): boolean {
  const code = Number(outcome);
  return Number.isInteger(code) && code >= 4400 && code < 4500;
}

/**
 * A bench client that behaves like a stock y-websocket provider when its connection goes:
 * it reconnects with the provider's backoff and sync step 1 again, and gives up where the
 * provider would. Every outcome is booked, so a storm can count refusals by code.
 */
export class ReconnectingClient {
  /** Times a connection reached sync step 2. */
  syncCount = 0;
  /** performance.now() of the last sync. */
  lastSyncedAtMs = Number.NaN;
  /** Connection attempts so far. */
  attempts = 0;
  hasGivenUp = false;
  private client: BenchClient | null = null;
  private unsuccessful = 0;
  private isStopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: BenchClientOptions,
    private readonly onClose: (outcome: CloseOutcome) => void,
  ) {}

  /** True while connected and synced. */
  get isSynced(): boolean {
    return this.client?.hasSynced === true && this.client.isOpen;
  }

  /** Starts connecting (and keeps reconnecting until `stop`). */
  start(): void {
    void this.attempt();
  }

  /** Stops reconnecting and drops the connection. */
  stop(): void {
    this.isStopped = true;
    clearTimeout(this.timer);
    this.client?.terminate();
  }

  private async attempt(): Promise<void> {
    if (this.isStopped) return;
    this.attempts++;
    let client: BenchClient;
    try {
      client = await BenchClient.connect(this.options);
    } catch (error) {
      return this.closed(outcomeOf(error));
    }
    if (this.isStopped) return client.terminate();
    this.client = client;
    client.synced.then(
      () => {
        this.unsuccessful = 0;
        this.syncCount++;
        this.lastSyncedAtMs = performance.now();
      },
      () => undefined,
    );
    const code = await client.closed;
    this.client = null;
    this.closed(String(code));
  }

  private closed(outcome: CloseOutcome): void {
    if (this.isStopped) return;
    this.onClose(outcome);
    this.unsuccessful++;
    if (isPermanentClose(outcome)) {
      this.hasGivenUp = true;
      return;
    }
    this.timer = setTimeout(() => void this.attempt(), yWebsocketBackoffMs(this.unsuccessful));
  }
}

function outcomeOf(error: unknown): CloseOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const http = /^HTTP (\d+)/.exec(message);
  if (http) return `HTTP ${http[1]}`;
  return (error as { code?: string }).code ?? 'error';
}
