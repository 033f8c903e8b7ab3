/** Counts open connections per remote address to cap what one address may hold. */
export function createConnectionsPerAddress(maxPerAddress: number) {
  const counts = new Map<string, number>();
  return {
    hasCapacityFor: (address: string): boolean => (counts.get(address) ?? 0) < maxPerAddress,
    /** Records an opened connection; returns the function that records its close. */
    opened(address: string): () => void {
      counts.set(address, (counts.get(address) ?? 0) + 1);
      let isClosed = false;
      return () => {
        if (isClosed) return;
        isClosed = true;
        const left = (counts.get(address) ?? 1) - 1;
        if (left <= 0) counts.delete(address);
        else counts.set(address, left);
      };
    },
  };
}
