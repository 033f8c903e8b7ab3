import { describe, expect, it } from 'vitest';
import { runTokenCommand } from './token-command';

const SECRET = 'token-command-test-secret-long-enough!!';
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('tandem-relay token', () => {
  it('mints tokens longer than the 24.8-day timer clamp, each with its own id (jti) for revocation', async () => {
    const first = await runTokenCommand(['--doc', 'notes*', '--ttl', '30d'], { TANDEM_AUTH_SECRET: SECRET });
    const second = await runTokenCommand(['--doc', 'notes*', '--ttl', '30d'], { TANDEM_AUTH_SECRET: SECRET });
    expect(first.code).toBe(0);
    const claims = claimsOf(first.stdout!.trim());
    expect((claims.exp as number) - (claims.iat as number)).toBe(30 * 86_400);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(claimsOf(second.stdout!.trim()).jti).not.toBe(claims.jti);
  });

  it('refuses a bad ttl or role with exit code 2', async () => {
    expect((await runTokenCommand(['--doc', 'x', '--ttl', 'soon'], { TANDEM_AUTH_SECRET: SECRET })).code).toBe(2);
    expect((await runTokenCommand(['--doc', 'x', '--role', 'owner'], { TANDEM_AUTH_SECRET: SECRET })).code).toBe(2);
  });
});
