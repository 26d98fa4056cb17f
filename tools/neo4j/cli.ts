import { ConfigError, loadConfig } from "../../src/config.js";
import { pinnedNeo4jVersion } from "./classpath.js";
import { LauncherError } from "./launcher-error.js";
import { localStatus, startLocalNeo4j, stopLocalNeo4j } from "./server.js";

/** `npm run db:start | db:stop | db:status`. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  if (config.local === null) {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): no local Neo4j is managed.`);
    return command === "status" ? 0 : 0;
  }
  const local = config.local;
  switch (command) {
    case "start": {
      const result = await startLocalNeo4j(local, config.neo4j, (line) => console.log(line));
      console.log(
        result.alreadyRunning
          ? `Neo4j is already running (pid ${result.pid}) on ${config.neo4j.uri}.`
          : `Neo4j ${pinnedNeo4jVersion()} is up on ${config.neo4j.uri} (pid ${result.pid}) after ${result.seconds.toFixed(1)}s.`,
      );
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j(local);
      console.log(stopped ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    }
    case "status": {
      const status = localStatus(local);
      if (status.running) console.log(`Neo4j is running (pid ${status.pid}) on ${config.neo4j.uri}; home ${local.home}.`);
      else console.log(`Neo4j is not running${status.stalePid ? ` (stale pid file for ${status.stalePid})` : ""}; home ${local.home}.`);
      return status.running ? 0 : 3;
    }
    default:
      console.error("usage: tsx tools/neo4j/cli.ts start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LauncherError || error instanceof ConfigError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  },
);
