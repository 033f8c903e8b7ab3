/**
 * The last sequence number seen from each publishing stream of one document, to notice a lost
 * fan-out message. A stream is one opening of the room on one relay; its updates are numbered
 * 1, 2, 3... and its `hello` carries the number reached so far.
 *
 * Conservative on purpose: the first message seen from a stream is trusted only when it is the
 * stream's very first (update 1, or a hello at 0); otherwise we cannot tell whether we missed its
 * predecessors and report a gap. A gap costs one store read; a missed update would cost a diverged
 * document until the next reconnect.
 */
export interface StreamPositions {
  /** Records update `seq` of stream `key`; true when an earlier one may have been missed. */
  update(key: string, seq: number): boolean;
  /** Records a hello at `seq`; true when the stream published updates we have not seen. */
  hello(key: string, seq: number): boolean;
  /** Forgets every stream: called when our subscription (re)went live and we catch up anyway. */
  reset(): void;
}

/** Streams remembered at once; past this (relays restarting for weeks) we forget and catch up once. */
const MAX_STREAMS = 4_096;

/** Creates an empty StreamPositions. */
export function createStreamPositions(): StreamPositions {
  const last = new Map<string, number>();

  const record = (key: string, seq: number): number | undefined => {
    const previous = last.get(key);
    if (previous === undefined && last.size >= MAX_STREAMS) last.clear();
    last.set(key, Math.max(previous ?? 0, seq));
    return previous;
  };

  return {
    update(key, seq) {
      const previous = record(key, seq);
      return previous === undefined ? seq !== 1 : seq > previous + 1;
    },
    hello(key, seq) {
      const previous = record(key, seq);
      return seq > (previous ?? 0);
    },
    reset() {
      last.clear();
    },
  };
}
