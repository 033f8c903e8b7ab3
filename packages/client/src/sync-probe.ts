import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { decodeMessage, encodeSyncStep1, MessageType, type DecodedMessage } from '@tandem/protocol';
import type { SyncLedger } from './sync-ledger';

const PROBE_MIN_DELAY_MS = 150;
const PROBE_MAX_DELAY_MS = 4_000;
const SYNC_MESSAGE = MessageType.sync;

/** What the probe needs: the doc, its provider, and the ledger it feeds. */
export interface SyncProbeDeps {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly ledger: SyncLedger;
  /** The ledger learned something from the relay. */
  readonly onLearned: () => void;
  /** A read-only session: never answer the relay's sync step 1 with our state (a write). */
  readonly isWriteBlocked: () => boolean;
}

/**
 * Feeds the relay's sync messages to the ledger and, while local changes are unconfirmed,
 * asks the relay about them (see sync-ledger.ts). Probes back off from 150 ms to 4 s while
 * the relay has not stored them yet (its write queue may lag its answers).
 */
export function createSyncProbe({ doc, provider, ledger, onLearned, isWriteBlocked }: SyncProbeDeps) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isInFlight = false;
  let delayMs = PROBE_MIN_DELAY_MS;

  const send = (): void => {
    timer = null;
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN || !provider.synced) return;
    const localVector = Y.decodeStateVector(Y.encodeStateVector(doc));
    isInFlight = true; // before send: a transport may deliver the answer synchronously
    ws.send(encodeSyncStep1(ledger.probeStateVector(localVector)));
    delayMs = Math.min(delayMs * 2, PROBE_MAX_DELAY_MS);
  };

  const observe = (message: DecodedMessage): void => {
    if (message.kind === 'sync-step1') ledger.learnServerStateVector(message.stateVector);
    else if (message.kind === 'sync-step2') {
      ledger.learnServerUpdate(message.update);
      isInFlight = false;
    } else return;
    onLearned();
  };

  const handleSync = provider.messageHandlers[SYNC_MESSAGE];
  const restore = (): void => {
    if (handleSync) provider.messageHandlers[SYNC_MESSAGE] = handleSync;
  };

  return {
    /** Starts reading the relay's sync messages. */
    install(): void {
      if (!handleSync) return;
      provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, p, emitSynced, type) => {
        // The decoder's buffer is the whole frame: decode it ourselves before y-protocols reads it.
        const decoded = decodeMessage(decoder.arr);
        // y-protocols answers the relay's sync step 1 with a sync step 2 holding whatever we
        // have that the relay lacks: a write, which a read-only session must never send (the
        // relay would refuse it, and our copy may hold changes it already refused).
        const isWriteRequest = decoded.ok && decoded.message.kind === 'sync-step1';
        if (!(isWriteRequest && isWriteBlocked())) handleSync(encoder, decoder, p, emitSynced, type);
        if (decoded.ok) observe(decoded.message);
      };
    },
    /** Schedules a probe if changes wait for confirmation and none is pending. */
    maybeProbe(): void {
      if (!ledger.hasUnsyncedChanges) delayMs = PROBE_MIN_DELAY_MS;
      if (!ledger.hasUnsyncedChanges || timer !== null || isInFlight || !provider.synced || isWriteBlocked()) return;
      timer = setTimeout(send, delayMs);
    },
    /** Forgets the probe in flight (the socket closed) and cancels the next one. */
    stop(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      isInFlight = false;
    },
    /** Stops and gives the provider its own handler back. */
    dispose(): void {
      this.stop();
      restore();
    },
  };
}
