import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { closeOf, synced, tempDir, waitFor } from './harness';
import { runRelayCli, startRelayProcess, type RelayProcess } from './relay-process';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function provider(port: number, doc: string): WebsocketProvider {
  const p = new WebsocketProvider(`ws://127.0.0.1:${port}`, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  cleanups.push(() => p.destroy());
  return p;
}

async function start(dataDir: string, port?: number): Promise<RelayProcess> {
  const relay = await startRelayProcess({ dataDir, ...(port ? { port } : {}) });
  cleanups.push(() => void relay.child.kill('SIGKILL'));
  return relay;
}

describe('the relay as a real process', () => {
  it('[PS1] kill -9 at any moment loses no update that another client has seen', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const relay = await start(dir.path);
    const writer = provider(relay.port, 'crash');
    const watcher = provider(relay.port, 'crash');
    await Promise.all([synced(writer), synced(watcher)]);

    // The writer types continuously; the relay is killed while edits are in flight.
    let written = 0;
    const typing = setInterval(() => {
      for (let i = 0; i < 5; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `[${written++}]`);
    }, 2);
    await waitFor(() => watcher.doc.getText('t').toString().includes('[300]'), 15_000, 'watcher to see 300 edits');
    relay.child.kill('SIGKILL');
    clearInterval(typing);
    const seen = watcher.doc.getText('t').toString();
    // Nobody may repair the store by resending: both clients are gone before the restart.
    writer.destroy();
    watcher.destroy();
    expect((await relay.exited).signal).toBe('SIGKILL');

    const restarted = await start(dir.path);
    const fresh = provider(restarted.port, 'crash');
    await synced(fresh);
    const recovered = fresh.doc.getText('t').toString();
    const seenMarkers = seen.match(/\[\d+\]/g) ?? [];
    expect(seenMarkers.length).toBeGreaterThan(300);
    for (const marker of seenMarkers) expect(recovered).toContain(marker);
    console.info(`[kill -9] ${written} edits typed, watcher had seen ${seenMarkers.length}, recovered ${(recovered.match(/\[\d+\]/g) ?? []).length} after restart`);
  }, 60_000);

  it('SIGTERM closes sockets with 1012, flushes and exits 0 within 10 s; the next start serves the data', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const relay = await start(dir.path);
    const p = provider(relay.port, 'drain');
    await synced(p);
    p.doc.getText('t').insert(0, 'survives a restart');
    await waitFor(async () => {
      const res = await fetch(`http://127.0.0.1:${relay.port}/api/docs`);
      const body = (await res.json()) as { docs: { name: string }[] };
      return body.docs.some((d) => d.name === 'drain');
    });
    const raw = new WebSocket(`ws://127.0.0.1:${relay.port}/drain`);
    raw.on('error', () => undefined);
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = closeOf(raw);
    const startedAt = Date.now();
    relay.child.kill('SIGTERM');
    expect(await closed).toEqual({ code: 1012, reason: 'SERVICE_RESTART' });
    const exit = await relay.exited;
    expect(exit.code).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    p.destroy();

    const restarted = await start(dir.path, relay.port);
    const fresh = provider(restarted.port, 'drain');
    await synced(fresh);
    expect(fresh.doc.getText('t').toString()).toBe('survives a restart');
  }, 60_000);

  it('--help prints every option; an invalid value exits 2 naming the variable', async () => {
    const help = await runRelayCli(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['--port', 'TANDEM_PORT', '--data-dir', 'TANDEM_DATA_DIR', 'TANDEM_LOG_LEVEL', 'TANDEM_COMPACT_MAX_UPDATES']) {
      expect(help.stdout).toContain(name);
    }
    const badEnv = await runRelayCli([], { TANDEM_PORT: 'not-a-port' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('TANDEM_PORT');
    const badFlag = await runRelayCli(['--port', '70000']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--port');
  });
});

describe('secure defaults and the token command', () => {
  it('refuses to listen on a non-loopback address without auth (exit 2), unless --insecure-no-auth', async () => {
    const refused = await runRelayCli(['--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('without authentication');
    expect(refused.stderr).toContain('TANDEM_AUTH_SECRET');
  });

  it('tandem-relay token prints a token the relay accepts with the role it names', async () => {
    const secret = 'process-test-secret-with-enough-bytes!!!';
    const minted = await runRelayCli(['token', '--doc', 'notes*', '--role', 'editor', '--name', 'Ada', '--ttl', '7d'], { TANDEM_AUTH_SECRET: secret });
    expect(minted.code).toBe(0);
    const token = minted.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'Ada', name: 'Ada', docs: { 'notes*': 'editor' } });
    expect(claims.exp - claims.iat).toBe(7 * 86_400);

    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const relay = await startRelayProcess({ dataDir: dir.path, env: { TANDEM_AUTH_SECRET: secret } });
    cleanups.push(() => void relay.child.kill('SIGKILL'));
    const allowed = new WebsocketProvider(`ws://127.0.0.1:${relay.port}`, 'notes/today', new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true, params: { token },
    });
    cleanups.push(() => allowed.destroy());
    await synced(allowed);
    const raw = new WebSocket(`ws://127.0.0.1:${relay.port}/other?token=${token}`);
    raw.on('error', () => undefined);
    expect(await closeOf(raw)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
    const missing = await runRelayCli(['token', '--doc', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('TANDEM_AUTH_SECRET');
  });
});
