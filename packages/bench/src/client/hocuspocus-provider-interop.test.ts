import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { hocuspocusTarget } from '../relays/hocuspocus-target';
import type { RelayProcess } from '../relays/relay-process';
import { pollUntil } from '../scenarios/wait';
import { BenchClient } from './bench-client';
import { hocuspocusDialect } from './dialect';
import { scanMarkers } from './edit-marker';
import { BENCH_TEXT, MarkerWriter } from './marker-writer';

// The bench drives Hocuspocus with its own lightweight client; this proves that client and the
// official provider see each other's edits through a real Hocuspocus server.
describe('bench client against @hocuspocus/provider', () => {
  let relay: RelayProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bench-hp-'));
    relay = await hocuspocusTarget().start({ dataDir });
  });

  afterAll(async () => {
    await relay?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exchanges edits both ways with the official provider', async () => {
    const providerDoc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: relay.baseUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'interop', document: providerDoc });
    provider.attach();
    const seen: number[] = [];
    const writer = new MarkerWriter();
    const client = await BenchClient.connect({
      baseUrl: relay.baseUrl,
      doc: 'interop',
      dialect: hocuspocusDialect,
      replica: writer.replica,
      onSyncPayload: (update) => scanMarkers(update, (id) => seen.push(id)),
    });
    try {
      await client.synced;
      expect(await pollUntil(() => provider.isSynced, 10_000)).toBe(true);
      client.sendUpdate(writer.edit(41));
      expect(await pollUntil(() => providerDoc.getText(BENCH_TEXT).toString().includes('\u0002'), 10_000)).toBe(true);
      // An edit made with the provider reaches the bench client as a marker it can read.
      const other = new MarkerWriter();
      Y.applyUpdate(providerDoc, other.edit(42));
      expect(await pollUntil(() => seen.includes(42), 10_000)).toBe(true);
    } finally {
      await client.close();
      provider.destroy();
      socket.destroy();
    }
  });
});
