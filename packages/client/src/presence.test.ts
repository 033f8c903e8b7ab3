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
