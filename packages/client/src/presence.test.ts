import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { readPeers, toInitials } from './presence';

describe('presence', () => {
  it('makes initials from one or two words', () => {
    expect(toInitials('Calm Otter')).toBe('CO');
    expect(toInitials('alice')).toBe('A');
    expect(toInitials('  Ada  Lovelace King ')).toBe('AL');
    expect(toInitials('')).toBe('?');
  });

  it('lists this tab first, then others by name, skipping states without a user', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalStateField('user', { name: 'Zoe', color: '#ff0000' });
    const states = local.getStates();
    states.set(101, { user: { name: 'Bob', color: '#00ff00' } });
    states.set(102, { user: { name: 'Alice', color: 'red' } });
    states.set(103, { cursor: null });
    const peers = readPeers(local);
    expect(peers.map((p) => [p.name, p.isLocal])).toEqual([
      ['Zoe', true],
      ['Alice', false],
      ['Bob', false],
    ]);
    expect(peers[1]?.color).toBe('#64748b'); // invalid colour replaced
    local.destroy();
  });
});

describe('presence grouped by person, with away and gone', () => {
  /** An awareness whose remote states were last heard `ageMs` ago. */
  function withRemote(local: Awareness, clientId: number, state: Record<string, unknown>, lastUpdated: number): void {
    local.getStates().set(clientId, state);
    local.meta.set(clientId, { clock: 1, lastUpdated });
  }

  it('[10.4] shows one person once however many tabs they have open (grouped by user id)', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalStateField('user', { name: 'Alice', color: '#1c7ed6', id: 'browser-a' });
    const now = Date.now();
    withRemote(local, 201, { user: { name: 'Alice', color: '#1c7ed6', id: 'browser-a' } }, now); // Alice's other tab
    withRemote(local, 202, { user: { name: 'Bob', color: '#c2255c', id: 'bob-sub' } }, now);
    withRemote(local, 203, { user: { name: 'Bob', color: '#c2255c', id: 'bob-sub' } }, now - 1_000);
    const peers = readPeers(local, now);
    expect(peers.map((p) => [p.name, p.isLocal, p.clientIds.length])).toEqual([
      ['Alice', true, 2],
      ['Bob', false, 2],
    ]);
    local.destroy();
  });

  it('[10.4] marks someone away after 8 s without a renewal and drops them after 25 s', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalStateField('user', { name: 'Alice', color: '#1c7ed6', id: 'a' });
    const now = Date.now();
    withRemote(local, 301, { user: { name: 'Bob', color: '#c2255c', id: 'b' } }, now - 2_000);
    withRemote(local, 302, { user: { name: 'Carol', color: '#2f9e44', id: 'c' } }, now - 9_000);
    withRemote(local, 303, { user: { name: 'Dan', color: '#e8590c', id: 'd' } }, now - 26_000);
    // Eve's laptop lid is closed in one tab, but she is active in another: she is here.
    withRemote(local, 304, { user: { name: 'Eve', color: '#6741d9', id: 'e' } }, now - 20_000);
    withRemote(local, 305, { user: { name: 'Eve', color: '#6741d9', id: 'e' } }, now - 1_000);
    const peers = readPeers(local, now);
    expect(peers.map((p) => [p.name, p.isAway])).toEqual([
      ['Alice', false],
      ['Bob', false],
      ['Carol', true],
      ['Eve', false],
    ]);
    local.destroy();
  });
});
