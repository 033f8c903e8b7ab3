import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  createTokenIssuer,
  parseDurationSeconds
} from "./chunk-BKJFRAYY.js";
import "./chunk-IM3GHKGN.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";

// src/token-command.ts
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
var TOKEN_USAGE = `Usage: tandem-relay token --doc <name|prefix*> [--doc ...] [--role editor|viewer] [--name <name>]
                          [--sub <user id>] [--color <#hex>] [--ttl <90s|15m|12h|7d|2w>]

Prints an HS256 access token signed with TANDEM_AUTH_SECRET. Each --doc gets --role (default editor).
Share a document with it: http://host:1234/d/<doc>?token=<token>`;
async function runTokenCommand(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        doc: { type: "string", multiple: true },
        role: { type: "string", default: "editor" },
        name: { type: "string" },
        sub: { type: "string" },
        color: { type: "string" },
        ttl: { type: "string", default: "7d" },
        help: { type: "boolean", short: "h" }
      },
      strict: true
    });
  } catch (error) {
    return { code: 2, stderr: `${error instanceof Error ? error.message : String(error)}
${TOKEN_USAGE}
` };
  }
  const { values } = parsed;
  if (values.help) return { code: 0, stdout: `${TOKEN_USAGE}
` };
  const secret = env.TANDEM_AUTH_SECRET ?? "";
  if (!secret) return { code: 2, stderr: "TANDEM_AUTH_SECRET: required to sign tokens\n" };
  if (!values.doc?.length) return { code: 2, stderr: `--doc: at least one document name or prefix* is required
${TOKEN_USAGE}
` };
  if (values.role !== "editor" && values.role !== "viewer") return { code: 2, stderr: "--role: must be editor or viewer\n" };
  const ttlSeconds = parseDurationSeconds(values.ttl ?? "7d");
  if (ttlSeconds === null) return { code: 2, stderr: `--ttl: not a duration (got ${JSON.stringify(values.ttl)}); use e.g. 90s, 15m, 12h, 7d
` };
  const role = values.role;
  try {
    const token = await createTokenIssuer(secret).issue({
      sub: values.sub ?? values.name ?? "anonymous",
      ...values.name ? { name: values.name } : {},
      ...values.color ? { color: values.color } : {},
      docs: Object.fromEntries(values.doc.map((doc) => [doc, role])),
      ttlSeconds,
      // A token id lets one token be revoked without revoking the user's others.
      jti: randomUUID()
    });
    return { code: 0, stdout: `${token}
` };
  } catch (error) {
    return { code: 2, stderr: `TANDEM_AUTH_SECRET: ${error instanceof Error ? error.message : String(error)}
` };
  }
}
export {
  TOKEN_USAGE,
  runTokenCommand
};
