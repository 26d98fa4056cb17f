import { GraphQLError } from "graphql";
import type { LimitName } from "../errors/error-codes.js";

/** One shape for every over-limit rejection: a message saying which limit and by how much, and the code. */
export function limitExceeded(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_LIMIT_EXCEEDED", limit } });
}
