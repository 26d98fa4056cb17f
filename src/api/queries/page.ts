import { BadInputError } from "../../domain/errors.js";
import type { ConnectionValue } from "../types/connection.type.js";

export interface PageRequest {
  first: number;
  /** The sort key of the last item seen, decoded from the `after` cursor. */
  after: string | null;
  /** Whether totalCount and hasPreviousPage are needed (they cost a counting pass). */
  countTotal: boolean;
}

/** `first` within 1..max; absent means the default. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, argument = "first"): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw new BadInputError(argument, `must be between 1 and ${max}, got ${first}`);
  return first;
}

/**
 * Cursors are opaque to clients but simple inside: the list's name and the
 * item's sort key ("date|id" or "id"), base64url. The name stops a cursor of
 * one list from silently paging another.
 */
export function encodeCursor(list: string, key: string): string {
  return Buffer.from(`${list}|${key}`, "utf8").toString("base64url");
}

export function decodeCursor(list: string, cursor: string | null | undefined, argument = "after"): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const prefix = `${list}|`;
  if (!text.startsWith(prefix) || text.length === prefix.length)
    throw new BadInputError(argument, `not a cursor of the ${list} list (pass an endCursor or cursor this list returned)`);
  return text.slice(prefix.length);
}

export function pageRequest(
  list: string,
  args: { first?: number | null; after?: string | null },
  limits: { defaultPageSize: number; maxPageSize: number },
  countTotal = true,
): PageRequest {
  return { first: pageSize(args.first, limits.defaultPageSize, limits.maxPageSize), after: decodeCursor(list, args.after), countTotal };
}

/** The list statements return up to first + 1 items: the extra one only says another page follows. */
export function toConnection<N>(
  list: string,
  request: PageRequest,
  result: { total: number; skipped: number; page: Array<{ key: string; node: N }> },
): ConnectionValue<N> {
  const items = result.page.slice(0, request.first);
  const edges = items.map((item) => ({ cursor: encodeCursor(list, item.key), node: item.node }));
  return {
    totalCount: result.total,
    pageInfo: {
      hasNextPage: result.page.length > request.first,
      // Uncounted, a page after a cursor is assumed to have items before it (Relay allows this).
      hasPreviousPage: request.countTotal ? result.skipped > 0 : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
