import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` between BEGIN and COMMIT on one pooled connection and resolves only after the
 * COMMIT returned. On failure it rolls back; a connection that failed (server restarted,
 * socket cut) is destroyed rather than handed to the next caller, so the pool heals itself.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out connection that dies between two queries emits 'error'; unheard, it would
  // crash the process.
  const onError = (error: Error): void => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    if (!broken) {
      broken = await client.query('ROLLBACK').then(
        () => undefined,
        (rollbackError: unknown) => (rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))),
      );
    }
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
