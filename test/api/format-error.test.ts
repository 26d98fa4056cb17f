import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createFormatError } from "../../src/api/errors/format-error.js";
import { BadInputError, DatabaseUnavailableError } from "../../src/domain/errors.js";

const resolverError = (original: Error) => new GraphQLError(original.message, { path: ["x"], originalError: original });

describe("formatError", () => {
  const logged: unknown[] = [];
  const production = createFormatError({ production: true, logError: (e) => logged.push(e) });
  const development = createFormatError({ production: false, logError: () => {} });

  it("keeps a domain error's code and names the argument of bad input", () => {
    const error = resolverError(new BadInputError("filter.year", "must be a year"));
    const formatted = production({ message: error.message, path: ["x"] }, error);
    expect(formatted).toEqual({
      message: "filter.year: must be a year",
      path: ["x"],
      extensions: { code: "BAD_USER_INPUT", argument: "filter.year" },
    });
  });

  it("answers SERVICE_UNAVAILABLE when the database is down", () => {
    const error = resolverError(new DatabaseUnavailableError());
    expect(production({ message: error.message }, error).extensions?.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("masks unexpected errors in production: no message, no stack, logged on the server", () => {
    const error = resolverError(new TypeError("cannot read properties of undefined (secret internals)"));
    const formatted = production(
      { message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at secret.ts:1"] } },
      error,
    );
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
  });

  it("keeps the message and stack of unexpected errors in development", () => {
    const error = resolverError(new TypeError("boom"));
    const formatted = development({ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at a.ts:1"] } }, error);
    expect(formatted).toMatchObject({ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at a.ts:1"] } });
  });

  it("restores the code of a limit error that Apollo wrapped as a validation failure", () => {
    const inner = new GraphQLError("Query depth limit of 8 exceeded, found 12.", {
      extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth" },
    });
    const wrapped = new GraphQLError(inner.message, { originalError: inner, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const formatted = production({ message: inner.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, wrapped);
    expect(formatted.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth" });
  });

  it("turns the parser's token limit into QUERY_LIMIT_EXCEEDED", () => {
    const message = "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.";
    const formatted = production({ message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }, new GraphQLError(message));
    expect(formatted.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "tokens" });
  });

  it("drops stack traces from Apollo's own errors in production", () => {
    const formatted = production(
      { message: "Syntax Error", extensions: { code: "GRAPHQL_PARSE_FAILED", stacktrace: ["x"] } },
      new GraphQLError("Syntax Error"),
    );
    expect(formatted.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });
});
