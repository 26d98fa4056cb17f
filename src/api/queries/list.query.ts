import type { Params, Row } from "../../graph/executor.js";
import { type EntityNode, type ReportNode, toEntityNode, toReportNode } from "../graph-rows.js";
import type { Reader } from "../loaders/loaders.js";
import type { ConnectionValue } from "../types/connection.type.js";
import { type PageRequest, toConnection } from "./page.js";

/** Sees each page item's whole row (for columns a statement returns beside `key` and `node`) with its mapped node. */
export type PageItemHook<N> = (item: Row, node: N) => void;

/**
 * Runs one list statement (cypher/api/*-list.cypher): they all take the
 * filter's parameters plus `$first`, `$after` (a sort key) and `$countTotal`,
 * and return `total`, `skipped` and `page` [{key, node, …}], at most first + 1 items.
 */
async function runList<N>(
  reader: Reader,
  statement: string,
  list: string,
  params: Params,
  request: PageRequest,
  mapNode: (value: unknown) => N,
  onItem?: PageItemHook<N>,
): Promise<ConnectionValue<N>> {
  const rows = await reader.read(statement, { ...params, first: request.first, after: request.after, countTotal: request.countTotal });
  const row: Row = rows[0] ?? { total: 0, skipped: 0, page: [] };
  const page = (row.page as Row[]).map((item) => {
    const node = mapNode(item.node);
    onItem?.(item, node);
    return { key: item.key as string, node };
  });
  return toConnection(list, request, { total: Number(row.total ?? 0), skipped: Number(row.skipped ?? 0), page });
}

export function listEntities(
  reader: Reader,
  statement: string,
  list: string,
  params: Params,
  request: PageRequest,
  onItem?: PageItemHook<EntityNode>,
) {
  return runList<EntityNode>(reader, statement, list, params, request, toEntityNode, onItem);
}

export function listReports(reader: Reader, statement: string, params: Params, request: PageRequest) {
  return runList<ReportNode>(reader, statement, "reports", params, request, toReportNode);
}
