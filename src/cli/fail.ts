import { ConfigError } from "../config.js";

/**
 * Errors a user can act on print one line naming cause and fix; anything
 * else is a bug and keeps its stack trace.
 */
export function reportFailure(error: unknown): never {
  const known = error instanceof ConfigError || (error instanceof Error && ("userFacing" in error || error.name === "LauncherError"));
  if (known) console.error(`error: ${(error as Error).message}`);
  else console.error(error);
  process.exit(1);
}
