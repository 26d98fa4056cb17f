import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LauncherError } from "./launcher-error.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, "pom.xml");
const CLASSPATH_FILE = join(HERE, "classpath.txt");

function commandExists(command: string, versionFlag: string): boolean {
  const result = spawnSync(command, [versionFlag], { stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

export function requireJava(): void {
  if (!commandExists("java", "-version"))
    throw new LauncherError(
      "Java was not found. Install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use a Neo4j 5 you already run.",
    );
}

/** The Neo4j version pinned in pom.xml, for messages and the status command. */
export function pinnedNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, "utf8"));
  return match?.[1] ?? "unknown";
}

/**
 * The server's runtime classpath, resolved by Maven from Maven Central into
 * ~/.m2 on the first call and cached in classpath.txt (keyed by the pom's
 * digest, so changing the pinned version re-resolves).
 */
export function resolveClasspath(log: (line: string) => void = () => {}): string {
  const pomDigest = createHash("sha256").update(readFileSync(POM)).digest("hex");
  if (existsSync(CLASSPATH_FILE)) {
    const [digest, classpath] = readFileSync(CLASSPATH_FILE, "utf8").split("\n");
    if (digest === pomDigest && classpath && classpath.split(":").every((jar) => existsSync(jar))) return classpath;
  }
  if (!commandExists("mvn", "-v"))
    throw new LauncherError(
      "Maven was not found: it downloads the Neo4j server from Maven Central. Install Maven 3.8+ (e.g. `apt-get install maven`), or set NEO4J_URI to use a Neo4j 5 you already run.",
    );
  log(`Resolving Neo4j ${pinnedNeo4jVersion()} from Maven Central (first start only)…`);
  const out = join(HERE, "target", "classpath.raw");
  const result = spawnSync(
    "mvn",
    ["-B", "-q", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${out}`, "-Dmdep.includeScope=runtime"],
    { encoding: "utf8" },
  );
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    const offline = /Could not (transfer|resolve)|UnknownHost|Connection refused|Network is unreachable|timed out/i.test(output);
    const tail = output.trim().split("\n").slice(-5).join("\n");
    throw new LauncherError(
      offline
        ? `Could not download Neo4j ${pinnedNeo4jVersion()} from Maven Central (is it reachable? a proxy goes in ~/.m2/settings.xml), or set NEO4J_URI to use a Neo4j 5 you already run.\n${tail}`
        : `Maven failed to resolve the Neo4j server (mvn -f ${POM} dependency:build-classpath):\n${tail}`,
    );
  }
  const classpath = readFileSync(out, "utf8").trim();
  writeFileSync(CLASSPATH_FILE, `${pomDigest}\n${classpath}\n`);
  return classpath;
}
