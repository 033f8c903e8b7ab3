import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  createDocConverter
} from "./chunk-HBYSXZTQ.js";
import "./chunk-AVV6DORM.js";
import "./chunk-7X6YPGIX.js";
export {
  createDocConverter
};
