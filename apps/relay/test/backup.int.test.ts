import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { synced, tempDir, waitFor } from './harness';
import { RELAY_MAIN, startRelayProcess, type RelayProcess } from './relay-process';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function directory(): string {
  const dir = tempDir('tandem-backup-');
  cleanups.push(() => dir.cleanup());
  return dir.path;
}

async function relayOn(dataDir: string): Promise<RelayProcess> {
  const relay = await startRelayProcess({ dataDir });
  cleanups.push(() => void relay.child.kill('SIGKILL'));
  return relay;
}

async function stop(relay: RelayProcess): Promise<void> {
  relay.child.kill('SIGTERM');
  expect((await relay.exited).code).toBe(0);
}

function provider(relay: RelayProcess, doc: string): WebsocketProvider {
  const p = new WebsocketProvider(`ws://127.0.0.1:${relay.port}`, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  cleanups.push(() => p.destroy());
  return p;
}

/** `tandem-relay <args>` to completion. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RELAY_MAIN, ...args], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Edit numbers found in a text made of `<n>;` tokens, in text order. */
const editsIn = (text: string): number[] => text.split(';').filter(Boolean).map(Number);

/**
 * A stock provider typing `<n>;` edits (one update each), about one every 5 ms (under the
 * relay's per-connection rate limit) and never more than `window` ahead of a watcher on a
 * second connection. An edit the watcher has seen was durable before the relay broadcast it:
 * it is acknowledged.
 */
function typist(writer: WebsocketProvider, watcher: WebsocketProvider, window = 8) {
  let sent = 0;
  const seen = () => editsIn(watcher.doc.getText('t').toString()).length;
  const timer = setInterval(() => {
    if (sent - seen() >= window) return;
    const text = writer.doc.getText('t');
    text.insert(text.length, `${sent};`);
    sent++;
  }, 5);
  const stop = () => clearInterval(timer);
  cleanups.push(stop);
  return { sent: () => sent, seen, stop };
}

const DOCS = ['alpha', 'beta', 'notes/gamma'];

describe('tandem-relay backup / restore', { timeout: 90_000 }, () => {
  it('a backup taken during continuous writes restores to a state between what was acknowledged before it began and what was sent before it ended', async () => {
    const dataDir = directory();
    const relay = await relayOn(dataDir);
    const pairs = DOCS.map((doc) => ({ doc, writer: provider(relay, doc), watcher: provider(relay, doc) }));
    await Promise.all(pairs.flatMap(({ writer, watcher }) => [synced(writer), synced(watcher)]));
    for (const { writer } of pairs) writer.doc.getText('title').insert(0, 'A title');
    const typists = pairs.map(({ writer, watcher }) => typist(writer, watcher));
    await waitFor(() => typists.every((t) => t.seen() >= 100), 20_000, '100 edits per document before the backup');

    const backupFile = join(directory(), 'tandem-backup.db');
    const ackedBeforeStart = typists.map((t) => t.seen());
    const result = await cli(['backup', backupFile, '--data-dir', dataDir]);
    const sentBeforeEnd = typists.map((t) => t.sent());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`backed up ${DOCS.length} documents`);
    // The relay kept taking writes while the backup ran.
    expect(sentBeforeEnd.every((sent, i) => sent > (ackedBeforeStart[i] as number))).toBe(true);
    await waitFor(() => typists.every((t) => t.seen() >= (sentBeforeEnd[typists.indexOf(t)] as number) + 20), 20_000, 'writes after the backup');
    for (const t of typists) t.stop();
    await stop(relay);

    // Restore into a fresh data directory and read every document back with a stock client.
    const restoredDir = join(directory(), 'fresh', 'data');
    const restored = await cli(['restore', backupFile, '--data-dir', restoredDir]);
    expect(restored.code, restored.stderr).toBe(0);
    const restoredRelay = await relayOn(restoredDir);
    for (const [i, doc] of DOCS.entries()) {
      const reader = provider(restoredRelay, doc);
      await synced(reader);
      const edits = editsIn(reader.doc.getText('t').toString());
      // A prefix of the typed sequence (appends are stored in order; the copy is one commit)...
      expect(edits).toEqual(edits.map((_, n) => n));
      // ...that holds every acknowledged edit and nothing typed after the backup ended.
      expect(edits.length).toBeGreaterThanOrEqual(ackedBeforeStart[i] as number);
      expect(edits.length).toBeLessThanOrEqual(sentBeforeEnd[i] as number);
      expect(reader.doc.getText('title').toString()).toBe('A title');
    }

    // While that relay runs, restoring over its database is refused and changes nothing.
    const refused = await cli(['restore', backupFile, '--data-dir', restoredDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('in use by another process');
    await stop(restoredRelay);
  });

  it('export-all writes each document as Markdown and a Yjs state that reads back equal, while the relay runs', async () => {
    const dataDir = directory();
    const relay = await relayOn(dataDir);
    // Stock providers put the name in the URL unencoded, so names here avoid ? # and dot segments.
    const names = ['plain', 'notes/2025-q1', '.hidden'];
    const states = new Map<string, Uint8Array>();
    for (const name of names) {
      const p = provider(relay, name);
      await synced(p);
      p.doc.getText('title').insert(0, `Title of ${name}`);
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '2');
      heading.insert(0, [new Y.XmlText('Section')]);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Body of ${name}`)]);
      p.doc.getXmlFragment('default').insert(0, [heading, paragraph]);
      const watcher = provider(relay, name);
      await waitFor(() => watcher.doc.getXmlFragment('default').length === 2 && watcher.doc.getText('title').length > 0, 5_000, 'stored');
      states.set(name, Y.encodeStateAsUpdate(p.doc));
    }

    const out = join(directory(), 'export');
    const result = await cli(['export-all', out, '--data-dir', dataDir]);
    expect(result.code, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { documents: Array<{ name: string; markdown: string; yjs: string }> };
    expect(manifest.documents.map((d) => d.name).sort()).toEqual([...names].sort());
    for (const entry of manifest.documents) {
      expect(entry.yjs).not.toContain('/');
      const doc = new Y.Doc();
      Y.applyUpdate(doc, readFileSync(join(out, entry.yjs)));
      const original = new Y.Doc();
      Y.applyUpdate(original, states.get(entry.name) as Uint8Array);
      expect(doc.getXmlFragment('default').toString()).toBe(original.getXmlFragment('default').toString());
      expect(readFileSync(join(out, entry.markdown), 'utf8')).toBe(`# Title of ${entry.name}\n\n## Section\n\nBody of ${entry.name}\n`);
    }
    await stop(relay);
  });
});
