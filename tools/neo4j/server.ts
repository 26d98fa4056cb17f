import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { LocalNeo4jConfig, Neo4jConnectionConfig } from "../../src/config.js";
import { requireJava, resolveClasspath } from "./classpath.js";
import { OFFICIAL_JVM_OPTIONS, renderNeo4jConf } from "./conf.js";
import { LauncherError } from "./launcher-error.js";

export interface LocalServerPaths {
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  consoleLog: string;
}

export function pathsOf(home: string): LocalServerPaths {
  const run = join(home, "run");
  const logs = join(home, "logs");
  return {
    conf: join(home, "conf"),
    data: join(home, "data"),
    logs,
    run,
    pidFile: join(run, "neo4j.pid"),
    consoleLog: join(logs, "console.log"),
  };
}

export type LocalStatus = { running: true; pid: number } | { running: false; stalePid: number | null };

function isOurJava(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A recycled pid may belong to anything: only a JVM started on this home counts.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("CommunityEntryPoint") && cmdline.includes(home);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

export function localStatus(local: LocalNeo4jConfig): LocalStatus {
  const { pidFile } = pathsOf(local.home);
  if (!existsSync(pidFile)) return { running: false, stalePid: null };
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isOurJava(pid, local.home)) return { running: true, pid };
  return { running: false, stalePid: Number.isInteger(pid) ? pid : null };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer()
      .once("error", () => resolvePromise(false))
      .once("listening", () => probe.close(() => resolvePromise(true)))
      .listen(port, "127.0.0.1");
  });
}

function lastLines(file: string, count: number): string {
  if (!existsSync(file)) return "(no log written)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
}

function setInitialPassword(classpath: string, local: LocalNeo4jConfig, password: string): void {
  const paths = pathsOf(local.home);
  if (existsSync(join(paths.data, "dbms", "auth.ini")) || existsSync(join(paths.data, "databases", "system"))) return;
  const result = spawnSync(
    "java",
    ["-cp", classpath, "org.neo4j.server.startup.Neo4jAdminCommand", "dbms", "set-initial-password", password],
    { env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: paths.conf }, encoding: "utf8" },
  );
  if (result.status !== 0)
    throw new LauncherError(`Could not set the initial Neo4j password: ${`${result.stdout}${result.stderr}`.trim()}`);
}

/** Waits until Bolt answers with these credentials, or the process dies, or time runs out. */
async function waitForBolt(connection: Neo4jConnectionConfig, local: LocalNeo4jConfig, pid: number): Promise<void> {
  const deadline = Date.now() + local.startTimeoutSeconds * 1000;
  const { consoleLog } = pathsOf(local.home);
  for (;;) {
    if (!isOurJava(pid, local.home))
      throw new LauncherError(`Neo4j exited during start. Last log lines (${consoleLog}):\n${lastLines(consoleLog, 25)}`);
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: 2000,
      logging: { level: "error", logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (code.includes("Unauthorized") || code.includes("AuthenticationRateLimit"))
        throw new LauncherError(
          `Neo4j at ${connection.uri} refused the password. Set NEO4J_PASSWORD to this server's password, or delete ${pathsOf(local.home).data} to start over with a fresh database.`,
        );
    } finally {
      await driver.close();
    }
    if (Date.now() > deadline)
      throw new LauncherError(
        `Neo4j did not answer on ${connection.uri} within ${local.startTimeoutSeconds}s (raise NEO4J_START_TIMEOUT). Last log lines (${consoleLog}):\n${lastLines(consoleLog, 25)}`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface StartResult {
  pid: number;
  alreadyRunning: boolean;
  seconds: number;
}

/**
 * Starts the project-local Neo4j in the background and returns once Bolt
 * answers. A second start while one runs is a no-op; a stale pid file is removed.
 */
export async function startLocalNeo4j(
  local: LocalNeo4jConfig,
  connection: Neo4jConnectionConfig,
  log: (line: string) => void = () => {},
): Promise<StartResult> {
  const began = Date.now();
  const status = localStatus(local);
  const paths = pathsOf(local.home);
  if (status.running) {
    await waitForBolt(connection, local, status.pid);
    return { pid: status.pid, alreadyRunning: true, seconds: (Date.now() - began) / 1000 };
  }
  if (status.stalePid !== null || existsSync(paths.pidFile)) rmSync(paths.pidFile, { force: true });

  requireJava();
  if (!(await portIsFree(local.boltPort)))
    throw new LauncherError(
      `Port ${local.boltPort} is already in use by another process. Set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use the Neo4j that is listening there.`,
    );
  const classpath = resolveClasspath(log);
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, join(local.home, "plugins"), join(local.home, "import")])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(paths.conf, "neo4j.conf"), renderNeo4jConf(local));
  setInitialPassword(classpath, local, connection.password);

  const logFd = openSync(paths.consoleLog, "a");
  const child = spawn(
    "java",
    [
      ...OFFICIAL_JVM_OPTIONS,
      `-Xms${local.heap}`,
      `-Xmx${local.heap}`,
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${local.home}`,
      `--config-dir=${paths.conf}`,
      "--console-mode",
    ],
    { detached: true, stdio: ["ignore", logFd, logFd], cwd: local.home },
  );
  closeSync(logFd);
  if (child.pid === undefined) throw new LauncherError("Could not launch java for Neo4j.");
  writeFileSync(paths.pidFile, `${child.pid}\n`);
  child.unref();
  log(`Neo4j starting (pid ${child.pid}, Bolt ${connection.uri}, logs ${paths.logs})…`);
  try {
    await waitForBolt(connection, local, child.pid);
  } catch (error) {
    await stopLocalNeo4j(local);
    throw error;
  }
  return { pid: child.pid, alreadyRunning: false, seconds: (Date.now() - began) / 1000 };
}

/** Stops the local server and waits until its JVM is gone (SIGKILL after a grace period). */
export async function stopLocalNeo4j(local: LocalNeo4jConfig, graceSeconds = 60): Promise<boolean> {
  const status = localStatus(local);
  const { pidFile } = pathsOf(local.home);
  if (!status.running) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(status.pid, "SIGTERM");
  const deadline = Date.now() + graceSeconds * 1000;
  while (isOurJava(status.pid, local.home)) {
    if (Date.now() > deadline) process.kill(status.pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(pidFile, { force: true });
  return true;
}
