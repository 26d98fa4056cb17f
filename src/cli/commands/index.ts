import type { Command } from "commander";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerLoad } from "./load.js";
import { registerSeed } from "./seed.js";
import { registerValidate } from "./validate.js";

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerIngest(program);
  registerLoad(program);
  registerSeed(program);
  registerValidate(program);
}
