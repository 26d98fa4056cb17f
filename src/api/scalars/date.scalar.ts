import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a day that exists (2019-02-29 does not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `node` (a literal in the query) lets the error point at the argument it was given for. */
function parse(value: unknown, node?: ValueNode): string {
  if (typeof value === "string" && isCalendarDate(value)) return value;
  throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    ...(node && { nodes: node }),
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/**
 * Dates stay ISO strings end to end: the graph stores them that way (they sort
 * and compare correctly as strings), so there is no time zone to get wrong.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day, YYYY-MM-DD.",
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError("Date must be a string written YYYY-MM-DD", { nodes: ast, extensions: { code: "BAD_USER_INPUT" } });
    return parse(ast.value, ast);
  },
});
