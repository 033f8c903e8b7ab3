export { createJwtAuthorizer } from './jwt-authorizer';
export { createTokenIssuer, type TokenIssuer, type TokenRequest } from './token-issuer';
export { createTokenVerifier, type TokenVerifier, type TokenVerification, type VerifiedToken } from './token-verifier';
export { createVerificationKey, MIN_SECRET_BYTES, type VerificationKey, type VerificationKeySource } from './verification-key';
export { resolveRole, type DocRoles, type Role } from './doc-roles';
export { readClaims, type TandemClaims } from './token-claims';
export { parseDurationSeconds } from './duration';
