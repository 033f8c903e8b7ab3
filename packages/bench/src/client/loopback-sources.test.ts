import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { tandemTarget } from '../relays/tandem-target';
import { benchPaths } from '../repo-paths';
import { LOOPBACK_SOURCES, nextLoopbackSource } from './loopback-sources';

describe('loopback source addresses', () => {
  it('rotates over the sources for loopback URLs only', () => {
    const url = 'ws://127.0.0.1:1234/doc';
    const seen = new Set(Array.from({ length: LOOPBACK_SOURCES.length * 2 }, () => nextLoopbackSource(url)));
    expect(seen.size).toBe(LOOPBACK_SOURCES.length < 2 ? 1 : LOOPBACK_SOURCES.length);
    expect(nextLoopbackSource('ws://example.com/doc')).toBeUndefined();
  });

  // The bench keeps Tandem's default cap of 1,000 connections per address: spreading must let
  // more than 1,000 bench connections in, as the 5,000-connection idle scenario needs.
  it.runIf(process.platform === 'linux')('lets 1,100 connections into a Tandem relay with its default per-address cap', async () => {
    const paths = benchPaths();
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-sources-'));
    const relay = await tandemTarget(paths.tandemMain, paths.repoRoot).start({ dataDir });
    const sockets: WebSocket[] = [];
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 1_100 }, (_, i) => {
          const url = `${relay.baseUrl}/d${i % 10}`;
          const localAddress = nextLoopbackSource(url);
          const socket = new WebSocket(url, localAddress ? { localAddress } : {});
          sockets.push(socket);
          socket.on('error', () => undefined);
          return new Promise<string>((resolve) => {
            socket.once('open', () => resolve('open'));
            socket.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
          });
        }),
      );
      expect(outcomes.filter((outcome) => outcome !== 'open')).toEqual([]);
    } finally {
      for (const socket of sockets) socket.terminate();
      await relay.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
