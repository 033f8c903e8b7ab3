import { describe, expect, it } from 'vitest';
import { readSharePeople } from './share-people';

function awareness(clientID: number, states: Array<[number, Record<string, unknown>]>) {
  return { clientID, getStates: () => new Map(states), meta: new Map<number, { lastUpdated: number }>() };
}

describe('readSharePeople', () => {
  it('lists each person once with their role, you first', () => {
    const people = readSharePeople(
      awareness(1, [
        [3, { user: { id: 'bob', name: 'Bob Chen', color: '#c2255c' }, role: 'viewer' }],
        [1, { user: { id: 'alice', name: 'Alice Martin', color: '#1c7ed6' }, role: 'editor' }],
        [4, { user: { id: 'bob', name: 'Bob Chen', color: '#c2255c' }, role: 'editor' }],
        [5, { user: { name: 'Anna Zed', color: 'red' } }],
        [6, { cursor: null }],
      ]),
    );
    expect(people).toEqual([
      { key: 'user:alice', name: 'Alice Martin', color: '#1c7ed6', role: 'editor', isYou: true },
      { key: 'client:5', name: 'Anna Zed', color: '#64748b', role: null, isYou: false },
      { key: 'user:bob', name: 'Bob Chen', color: '#c2255c', role: 'editor', isYou: false },
    ]);
  });

  it('lists a share link holder, whom the relay names by token id, as a guest', () => {
    const people = readSharePeople(awareness(1, [[2, { user: { id: 'share:1b2c', name: 'share:1b2c', color: '#c2255c' }, role: 'viewer' }]]));
    expect(people.map((p) => p.name)).toEqual(['Guest with a link']);
  });
});
