import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import { type ApiConfig, type ApiConfigInput, resolveApiConfig } from "../config-api.js";
import type { Executor } from "../graph/executor.js";
import { type ApiContext, createContext } from "./context.js";
import { argumentErrorsPlugin } from "./errors/argument-errors.plugin.js";
import { createFormatError } from "./errors/format-error.js";
import { armorProtection } from "./limits/armor.js";
import { costLimitPlugin } from "./limits/cost-limit.plugin.js";
import { ALL_API_STATEMENTS } from "./loaders/statements.js";
import { playgroundHandler } from "./playground/playground.js";
import { databaseReachable } from "./queries/health.query.js";
import { buildApiSchema } from "./schema.js";

export interface CreateAppOptions {
  executor: Executor;
  /** The limits; fields left out take DEFAULT_API_CONFIG's values. */
  config: ApiConfigInput;
  /** Where unexpected errors are logged (default: console.error). */
  logError?: (error: unknown) => void;
}

/** Lists without `first` (sources, spans, path steps) are counted at this size by the cost estimate. */
const ASSUMED_LIST_SIZE = 5;

/**
 * The HTTP face of the graph: POST/GET /graphql (GET from a browser serves
 * the IDE), GET /health (the process is up) and GET /ready (Neo4j answers).
 * The caller owns the executor and the listening server; stop them after
 * `apollo.stop()`.
 */
export async function createApp({
  executor,
  config: input,
  logError,
}: CreateAppOptions): Promise<{ app: express.Express; apollo: ApolloServer<ApiContext> }> {
  const config = resolveApiConfig(input);
  // A missing statement file stops the start here, not on the first request that needs it.
  executor.registry.require(ALL_API_STATEMENTS);

  const armor = armorProtection(config);
  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: { maxTokens: config.maxTokens },
    // The entry point owns shutdown (HTTP server, driver, maybe Neo4j); Apollo's own
    // signal handler would stop it twice and re-raise the signal mid-shutdown.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo's default indents every response, which costs time on both ends and bytes between.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: armor.validationRules,
    formatError: createFormatError({ production: config.production, logError }),
    plugins: [
      ...armor.plugins,
      argumentErrorsPlugin(),
      costLimitPlugin({
        maxCost: config.maxCost,
        defaultPageSize: config.defaultPageSize,
        defaultNestedSize: config.defaultNestedSize,
        maxPageSize: config.maxPageSize,
        assumedListSize: ASSUMED_LIST_SIZE,
      }),
      // Apollo's own landing page loads Sandbox from a CDN; ours is served by playgroundHandler.
      ApolloServerPluginLandingPageDisabled(),
      // No type sets cache hints, so the implicit cache-control plugin only cost a wrapper
      // (willResolveField) around every resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const up = await databaseReachable(executor);
    res.status(up ? 200 : 503).json({ status: up ? "ready" : "neo4j unreachable" });
  });
  if (config.playground) app.get("/graphql", playgroundHandler());
  app.use(
    "/graphql",
    express.json({ limit: config.bodyLimitBytes }),
    expressMiddleware(apollo, { context: async () => createContext(executor, config) }),
  );
  app.use(bodyErrors(config));
  return { app, apollo };
}

/** Body-parser failures answered the way GraphQL clients read errors, with a code. */
function bodyErrors(config: ApiConfig): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    if (error?.type === "entity.too.large")
      return void res.status(413).json({
        errors: [
          {
            message: `Request body exceeds the limit of ${config.bodyLimitBytes} bytes.`,
            extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "body" },
          },
        ],
      });
    if (status >= 400 && status < 500)
      return void res
        .status(status)
        .json({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
    next(error);
  };
}
