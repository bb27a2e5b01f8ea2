import { getHandler, throwInNextTick } from "../utils-B--2TaWv.js";

export { getHandler, throwInNextTick };