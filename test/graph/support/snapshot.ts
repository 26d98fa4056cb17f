import type { Executor } from "../../../src/graph/executor.js";

/** The whole graph as plain data in a fixed order: two snapshots are equal when the graphs are. */
export async function snapshot(executor: Executor) {
  return {
    nodes: await executor.read("graph/dump-nodes"),
    relationships: await executor.read("graph/dump-relationships"),
  };
}
