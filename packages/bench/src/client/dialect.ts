import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What a client needs to know about one frame the relay sent. */
export type IncomingFrame =
  | { readonly kind: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'sync-step2'; readonly update: Uint8Array }
  | { readonly kind: 'sync-update'; readonly update: Uint8Array }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'permission-denied'; readonly reason: string }
  | { readonly kind: 'other' };

/**
 * How one relay family frames the y-protocols messages on the wire.
 * y-websocket puts the document in the URL and sends bare messages; Hocuspocus multiplexes
 * documents over one socket, so every frame starts with the document name, and a document
 * must be opened with an auth message before the server handles anything else for it.
 */
export interface Dialect {
  readonly name: 'y-websocket' | 'hocuspocus';
  /** The URL a client of `doc` connects to. */
  url(baseUrl: string, doc: string): string;
  /** Frames sent right after the socket opens, before sync step 1 (Hocuspocus: the auth token). */
  openingFrames(doc: string): Uint8Array[];
  /** Wraps a y-protocols message (sync or awareness) into a frame for `doc`. */
  frame(doc: string, message: Uint8Array): Uint8Array;
  /** Reads the parts of a frame a bench client acts on. */
  parse(frame: Uint8Array): IncomingFrame;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** Stock y-websocket framing (@y/websocket-server, Tandem). */
export const yWebsocketDialect: Dialect = {
  name: 'y-websocket',
  url: (baseUrl, doc) => `${baseUrl}/${encodeURIComponent(doc)}`,
  openingFrames: () => [],
  frame: (_doc, message) => message,
  parse(frame) {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) return readSync(decoder);
    if (type === MESSAGE_AUTH) return readAuth(decoder, PERMISSION_DENIED_Y);
    return OTHER;
  },
};

// Hocuspocus message types (@hocuspocus/server src/types.ts) and auth sub-types (@hocuspocus/common).
const HP_SYNC = 0;
const HP_AUTH = 2;
const HP_SYNC_REPLY = 4;
const HP_AUTH_TOKEN = 0;
const HP_AUTH_PERMISSION_DENIED = 1;
const HP_AUTH_AUTHENTICATED = 2;
const PERMISSION_DENIED_Y = 0;

/** Hocuspocus 3 framing, as its own provider speaks it. */
export const hocuspocusDialect: Dialect = {
  name: 'hocuspocus',
  url: (baseUrl) => baseUrl,
  openingFrames(doc) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, doc);
    encoding.writeVarUint(encoder, HP_AUTH);
    encoding.writeVarUint(encoder, HP_AUTH_TOKEN);
    encoding.writeVarString(encoder, 'bench');
    return [encoding.toUint8Array(encoder)];
  },
  frame(doc, message) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, doc);
    encoding.writeUint8Array(encoder, message);
    return encoding.toUint8Array(encoder);
  },
  parse(frame) {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // SyncReply carries the server's step 1 after its step 2; it is answered like a step 1.
    if (type === HP_SYNC || type === HP_SYNC_REPLY) return readSync(decoder);
    if (type === HP_AUTH) {
      const sub = decoding.readVarUint(decoder);
      if (sub === HP_AUTH_AUTHENTICATED) return { kind: 'authenticated' };
      if (sub === HP_AUTH_PERMISSION_DENIED) return { kind: 'permission-denied', reason: decoding.readVarString(decoder) };
    }
    return OTHER;
  },
};

const OTHER: IncomingFrame = { kind: 'other' };

function readSync(decoder: decoding.Decoder): IncomingFrame {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP1) return { kind: 'sync-step1', stateVector: payload };
  if (step === SYNC_STEP2) return { kind: 'sync-step2', update: payload };
  if (step === SYNC_UPDATE) return { kind: 'sync-update', update: payload };
  return OTHER;
}

function readAuth(decoder: decoding.Decoder, deniedType: number): IncomingFrame {
  const sub = decoding.readVarUint(decoder);
  if (sub === deniedType) return { kind: 'permission-denied', reason: decoding.readVarString(decoder) };
  return OTHER;
}
