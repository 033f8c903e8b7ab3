// Role resolution is shared with the browser, so it lives in @tandem/protocol; re-exported here
// because the relay's auth code reads it as part of the token's meaning.
export { resolveRole, type DocRoles, type Role } from '@tandem/protocol';
