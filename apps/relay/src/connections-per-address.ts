/** Counts open connections per remote address to cap what one address may hold. */
export function createConnectionsPerAddress(maxPerAddress: number) {
  const counts = new Map<string, number>();
  const add = (address: string): void => void counts.set(address, (counts.get(address) ?? 0) + 1);
  const remove = (address: string): void => {
    const left = (counts.get(address) ?? 1) - 1;
    if (left <= 0) counts.delete(address);
    else counts.set(address, left);
  };
  return {
    hasCapacityFor: (address: string): boolean => (counts.get(address) ?? 0) < maxPerAddress,
    /** Records an opened connection; returns the function that records its close. */
    opened(address: string): () => void {
      add(address);
      let isClosed = false;
      return () => {
        if (isClosed) return;
        isClosed = true;
        remove(address);
      };
    },
    /**
     * Records an opened connection whose owner calls {@link closedOne} exactly once: no closure
     * per connection, for the WebSocket path that holds thousands.
     */
    openedOne: add,
    /** Records the close of a connection counted by {@link openedOne}. */
    closedOne: remove,
  };
}
