import type { Params, Row } from "../../graph/executor.js";
import { type EntityNode, type ReportNode, toEntityNode, toReportNode } from "../graph-rows.js";
import type { Reader } from "../loaders/loaders.js";
import type { ConnectionValue } from "../types/connection.type.js";
import { type PageRequest, toConnection } from "./page.js";

/**
 * Runs one list statement (cypher/api/*-list.cypher): they all take the
 * filter's parameters plus `$first`, `$after` (a sort key) and `$countTotal`,
 * and return `total`, `skipped` and `page` [{key, node}], at most first + 1 items.
 */
async function runList<N>(
  reader: Reader,
  statement: string,
  list: string,
  params: Params,
  request: PageRequest,
  mapNode: (value: unknown) => N,
): Promise<ConnectionValue<N>> {
  const rows = await reader.read(statement, { ...params, first: request.first, after: request.after, countTotal: request.countTotal });
  const row: Row = rows[0] ?? { total: 0, skipped: 0, page: [] };
  const page = (row.page as Row[]).map((item) => ({ key: item.key as string, node: mapNode(item.node) }));
  return toConnection(list, request, { total: Number(row.total ?? 0), skipped: Number(row.skipped ?? 0), page });
}

export function listEntities(reader: Reader, statement: string, list: string, params: Params, request: PageRequest) {
  return runList<EntityNode>(reader, statement, list, params, request, toEntityNode);
}

export function listReports(reader: Reader, statement: string, params: Params, request: PageRequest) {
  return runList<ReportNode>(reader, statement, "reports", params, request, toReportNode);
}
