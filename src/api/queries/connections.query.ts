import { BadInputError, KgError } from "../../domain/errors.js";
import type { Row } from "../../graph/executor.js";
import { type EntityNode, type SourceRef, sourcesOf, toEntityNode } from "../graph-rows.js";
import type { Reader } from "../loaders/loaders.js";
import { API } from "../loaders/statements.js";
import { entityIdArg } from "./ids.js";

/** The pattern in connections.cypher allows 4 hops; this is that bound. */
export const MAX_HOPS = 4;

export interface StepValue {
  from: EntityNode;
  relation: string;
  reversed: boolean;
  to: EntityNode;
  sources: SourceRef[];
}

export interface PathValue {
  length: number;
  steps: StepValue[];
}

export async function findConnections(reader: Reader, from: string, to: string, maxHops: number, first: number): Promise<PathValue[]> {
  entityIdArg("from", from);
  entityIdArg("to", to);
  if (from === to) throw new BadInputError("to", "must differ from `from`");
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    throw new BadInputError("maxHops", `must be between 1 and ${MAX_HOPS}, got ${maxHops}`);
  const [row] = await reader.read(API.connections, { from, to, maxHops, first });
  if (!row?.fromFound) throw new KgError("NOT_FOUND", `from: no entity has the id "${from}"`, { argument: "from" });
  if (!row.toFound) throw new KgError("NOT_FOUND", `to: no entity has the id "${to}"`, { argument: "to" });
  const nodes = new Map((row.pathNodes as Row[]).map((n) => [n.id as string, toEntityNode(n)]));
  const node = (id: unknown): EntityNode => nodes.get(id as string) ?? toEntityNode({ id, name: "" });
  return (row.paths as Row[][]).map((steps) => ({
    length: steps.length,
    steps: steps.map((s) => ({
      from: node(s.from),
      relation: String(s.relation),
      reversed: s.reversed === true,
      to: node(s.to),
      sources: sourcesOf(s.reports, s.evidence),
    })),
  }));
}
