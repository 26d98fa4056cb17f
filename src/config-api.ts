import { ConfigError } from "./config-error.js";

/**
 * The API's limits. Defaults are what a public deployment can run: a stranger's
 * query is bounded in shape (depth, aliases, tokens), in estimated work (cost),
 * in bytes, and in database time. Every value has an environment variable so a
 * closed research network can loosen them without a code change.
 */
export interface ApiConfig {
  /** Deepest selection nesting accepted (API_MAX_DEPTH). */
  maxDepth: number;
  /** Most aliases in one operation (API_MAX_ALIASES). */
  maxAliases: number;
  /** Most directives in one operation (API_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Most lexical tokens in one document (API_MAX_TOKENS). */
  maxTokens: number;
  /** Estimated objects one operation may fetch: list sizes multiplied down the tree (API_MAX_COST). */
  maxCost: number;
  /** Largest `first` on any list (API_MAX_PAGE_SIZE). */
  maxPageSize: number;
  /** `first` when a root list omits it (API_DEFAULT_PAGE_SIZE). */
  defaultPageSize: number;
  /** `first` when a nested relation list omits it (API_DEFAULT_NESTED_SIZE). */
  defaultNestedSize: number;
  /** Largest request body in bytes (API_MAX_BODY_BYTES). */
  bodyLimitBytes: number;
  /** Server-side limit of one Neo4j read transaction in ms (API_QUERY_TIMEOUT_MS); the executor applies it (readTimeoutMs). */
  queryTimeoutMs: number;
  /** Serve the GraphQL IDE at GET /graphql (API_PLAYGROUND). */
  playground: boolean;
  /** Answer introspection queries (API_INTROSPECTION); the IDE needs it. */
  introspection: boolean;
  /** Hide stack traces and internal messages (NODE_ENV=production). */
  production: boolean;
}

export const DEFAULT_API_CONFIG: Readonly<ApiConfig> = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 20_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  defaultNestedSize: 20,
  bodyLimitBytes: 100_000,
  queryTimeoutMs: 10_000,
  playground: true,
  introspection: true,
  production: false,
};

/** Environment variable of each limit, for the lead's config and .env.example. */
export const API_ENV: Readonly<Record<Exclude<keyof ApiConfig, "production">, string>> = {
  maxDepth: "API_MAX_DEPTH",
  maxAliases: "API_MAX_ALIASES",
  maxDirectives: "API_MAX_DIRECTIVES",
  maxTokens: "API_MAX_TOKENS",
  maxCost: "API_MAX_COST",
  maxPageSize: "API_MAX_PAGE_SIZE",
  defaultPageSize: "API_DEFAULT_PAGE_SIZE",
  defaultNestedSize: "API_DEFAULT_NESTED_SIZE",
  bodyLimitBytes: "API_MAX_BODY_BYTES",
  queryTimeoutMs: "API_QUERY_TIMEOUT_MS",
  playground: "API_PLAYGROUND",
  introspection: "API_INTROSPECTION",
};

/** A malformed limit is a configuration error like any other: it names its variable. */
export class ApiConfigError extends ConfigError {
  override name = "ApiConfigError";
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the limits from the environment; a malformed value fails with its variable's name. */
export function loadApiConfig(env: Env = process.env): ApiConfig {
  const config: ApiConfig = { ...DEFAULT_API_CONFIG, production: env.NODE_ENV?.trim() === "production" };
  for (const [key, name] of Object.entries(API_ENV) as Array<[keyof typeof API_ENV, string]>) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === "") continue;
    if (typeof DEFAULT_API_CONFIG[key] === "boolean") {
      if (/^(1|true|yes|on)$/i.test(raw)) (config[key] as boolean) = true;
      else if (/^(0|false|no|off)$/i.test(raw)) (config[key] as boolean) = false;
      else throw new ApiConfigError(`${name} must be true or false, got "${raw}"`);
    } else {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw new ApiConfigError(`${name} must be a positive integer, got "${raw}"`);
      (config[key] as number) = n;
    }
  }
  return checkApiConfig(config);
}

/** What callers may pass: any subset; the rest are the defaults. */
export type ApiConfigInput = Partial<ApiConfig>;

export function resolveApiConfig(input: ApiConfigInput): ApiConfig {
  return checkApiConfig({ ...DEFAULT_API_CONFIG, ...input });
}

/** Catches combinations that would make every request fail. */
export function checkApiConfig(config: ApiConfig): ApiConfig {
  if (config.defaultPageSize > config.maxPageSize)
    throw new ApiConfigError(
      `${API_ENV.defaultPageSize} (${config.defaultPageSize}) exceeds ${API_ENV.maxPageSize} (${config.maxPageSize})`,
    );
  if (config.defaultNestedSize > config.maxPageSize)
    throw new ApiConfigError(
      `${API_ENV.defaultNestedSize} (${config.defaultNestedSize}) exceeds ${API_ENV.maxPageSize} (${config.maxPageSize})`,
    );
  return config;
}
