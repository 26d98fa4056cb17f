import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { BadInputError, KgError } from "../../domain/errors.js";
import { isApiErrorCode } from "./error-codes.js";

export interface FormatErrorOptions {
  production: boolean;
  /** Where unexpected errors go (they are masked for the client). */
  logError?: (error: unknown) => void;
}

// graphql-js 16 spells it "more that"; accept the corrected spelling too.
const TOKEN_LIMIT = /Document contains more (?:than|that) (\d+) tokens/;

/**
 * Every error leaves through here with a code from the fixed list. Domain
 * errors (KgError) keep their code and message; errors our validation
 * plugins raised keep the code Apollo's wrapper overwrote; anything else is
 * an INTERNAL_SERVER_ERROR whose message and stack stay on the server in
 * production.
 */
export function createFormatError(options: FormatErrorOptions) {
  const log = options.logError ?? ((error: unknown) => console.error("[api] unexpected error:", error));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = {
      message: formatted.message,
      ...(formatted.locations && { locations: formatted.locations }),
      ...(formatted.path && { path: formatted.path }),
    };
    const original = unwrapResolverError(error);

    if (original instanceof KgError) {
      const argument =
        original instanceof BadInputError || typeof original.details.argument === "string" ? original.details.argument : undefined;
      return { ...base, message: original.message, extensions: { code: original.code, ...(argument !== undefined && { argument }) } };
    }

    // Apollo wraps validation errors and sets GRAPHQL_VALIDATION_FAILED; ours carry a more precise code underneath.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    if (inner instanceof GraphQLError && isApiErrorCode(inner.extensions.code)) {
      const { code, argument, limit } = inner.extensions;
      return { ...base, extensions: { code, ...(argument !== undefined && { argument }), ...(limit !== undefined && { limit }) } };
    }

    const code = formatted.extensions?.code;
    const tokens = typeof formatted.message === "string" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (code === "GRAPHQL_PARSE_FAILED" && tokens)
      return {
        ...base,
        message: `Token limit of ${tokens[1]} exceeded: send a smaller document.`,
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens" },
      };

    if (isApiErrorCode(code) && code !== "INTERNAL_SERVER_ERROR") {
      const { stacktrace, ...rest } = formatted.extensions ?? {};
      return {
        ...base,
        extensions: options.production ? { ...rest, code } : { ...rest, code, ...(stacktrace !== undefined && { stacktrace }) },
      };
    }

    log(original);
    if (options.production) return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    return {
      ...base,
      extensions: {
        code: "INTERNAL_SERVER_ERROR",
        ...(formatted.extensions?.stacktrace !== undefined && { stacktrace: formatted.extensions.stacktrace }),
      },
    };
  };
}
