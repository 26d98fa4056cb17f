import { resolve } from "node:path";
import { type ApiConfig, loadApiConfig } from "./config-api.js";
import { ConfigError } from "./config-error.js";

/**
 * The one place the environment is read. Everything else receives a typed
 * `AppConfig`, so a misspelt or malformed variable fails at start-up with its
 * name, not later as an odd connection error.
 */
export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jConfig {
  /** Project-local home holding conf, data, logs and run. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSeconds: number;
}

export interface AppConfig {
  neo4j: Neo4jConnectionConfig;
  /** Null when NEO4J_URI points elsewhere: then nothing local is started. */
  local: LocalNeo4jConfig | null;
  port: number;
  /** The API's limits (see config-api.ts for each variable). */
  api: ApiConfig;
  stopNeo4jOnExit: boolean;
}

export { ConfigError };

export const DEFAULT_PASSWORD = "vn-ict-kg-dev";
const MEMORY = /^\d+[kmg]$/i;

type Env = Readonly<Record<string, string | undefined>>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

function port(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ConfigError(`${name} must be a port number from 1 to 65535, got "${raw}"`);
  return n;
}

function positive(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  return n;
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  if (!MEMORY.test(raw)) throw new ConfigError(`${name} must be a size such as 512m or 2g, got "${raw}"`);
  return raw.toLowerCase();
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const explicitUri = read(env, "NEO4J_URI");
  if (explicitUri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(explicitUri))
    throw new ConfigError(`NEO4J_URI must look like bolt://host:7687 or neo4j+s://host, got "${explicitUri}"`);
  const password = read(env, "NEO4J_PASSWORD") ?? DEFAULT_PASSWORD;
  const boltPort = port(env, "NEO4J_BOLT_PORT", 7687);
  const local: LocalNeo4jConfig | null =
    explicitUri === undefined
      ? {
          home: resolve(cwd, read(env, "KG_NEO4J_HOME") ?? ".neo4j"),
          boltPort,
          heap: memory(env, "NEO4J_HEAP", "1g"),
          pageCache: memory(env, "NEO4J_PAGECACHE", "512m"),
          startTimeoutSeconds: positive(env, "NEO4J_START_TIMEOUT", 120),
        }
      : null;
  if (local && password.length < 8)
    throw new ConfigError("NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter initial passwords)");
  return {
    neo4j: {
      // 127.0.0.1, not localhost: Node may resolve ::1 first and Neo4j listens on IPv4.
      uri: explicitUri ?? `bolt://127.0.0.1:${boltPort}`,
      user: read(env, "NEO4J_USER") ?? "neo4j",
      password,
      database: read(env, "NEO4J_DATABASE") ?? "neo4j",
    },
    local,
    port: port(env, "PORT", 4000),
    api: loadApiConfig(env),
    stopNeo4jOnExit: flag(env, "KG_STOP_NEO4J_ON_EXIT", false),
  };
}
