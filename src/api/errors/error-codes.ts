import { ERROR_CODES } from "../../domain/errors.js";

/**
 * The codes a client can see in `extensions.code`: the domain's, Apollo's
 * for requests it cannot parse or validate, and the API's own for limits.
 * Anything else is INTERNAL_SERVER_ERROR with its message hidden in production.
 */
export const API_ERROR_CODES = [
  ...ERROR_CODES,
  "QUERY_LIMIT_EXCEEDED",
  "PAYLOAD_TOO_LARGE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN = new Set<string>(API_ERROR_CODES);

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}

/** Which limit a QUERY_LIMIT_EXCEEDED error is about. */
export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "cost" | "body";
