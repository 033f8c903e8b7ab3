import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  BACKUP_USAGE,
  RESTORE_USAGE,
  parseFileArgs,
  runBackupCommand,
  runRestoreCommand
} from "./chunk-52FU56AU.js";
import "./chunk-RN657E6B.js";
import "./chunk-ILUOTBRX.js";
import "./chunk-IM3GHKGN.js";
import "./chunk-5MV72YBH.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";
export {
  BACKUP_USAGE,
  RESTORE_USAGE,
  parseFileArgs,
  runBackupCommand,
  runRestoreCommand
};
