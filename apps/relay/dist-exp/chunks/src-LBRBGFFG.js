import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  MIN_SECRET_BYTES,
  createJwtAuthorizer,
  createTokenIssuer,
  createTokenVerifier,
  createVerificationKey,
  parseDurationSeconds,
  readClaims
} from "./chunk-BKJFRAYY.js";
import {
  resolveRole
} from "./chunk-IM3GHKGN.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";
export {
  MIN_SECRET_BYTES,
  createJwtAuthorizer,
  createTokenIssuer,
  createTokenVerifier,
  createVerificationKey,
  parseDurationSeconds,
  readClaims,
  resolveRole
};
