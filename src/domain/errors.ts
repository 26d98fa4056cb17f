/**
 * The fixed set of error codes every layer speaks. The API maps them onto
 * GraphQL `extensions.code`; the CLI prints their message without a stack.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "INVALID_EXTRACTION",
  "SERVICE_UNAVAILABLE",
  "QUERY_TIMEOUT",
  "CONFIG_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class KgError extends Error {
  readonly userFacing = true;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input from a user: the message names the argument and what is wrong with it. */
export class BadInputError extends KgError {
  constructor(argument: string, problem: string) {
    super("BAD_USER_INPUT", `${argument}: ${problem}`, { argument });
  }
}

export class InvalidExtractionError extends KgError {
  constructor(
    readonly file: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    const shown = issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
    if (issues.length > shown.length) shown.push(`  … and ${issues.length - shown.length} more`);
    super("INVALID_EXTRACTION", `${file} is not a valid extraction (nothing was loaded):\n${shown.join("\n")}`, { file });
  }
}

export class DatabaseUnavailableError extends KgError {
  constructor(message = "The graph database is unreachable; try again shortly.") {
    super("SERVICE_UNAVAILABLE", message);
  }
}

export class QueryTimeoutError extends KgError {
  constructor(message = "The query took longer than the database allows; narrow it (fewer hops, a smaller page).") {
    super("QUERY_TIMEOUT", message);
  }
}
