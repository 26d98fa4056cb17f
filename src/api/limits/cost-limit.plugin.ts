import type { ApolloServerPlugin } from "@apollo/server";
import type { FragmentDefinitionNode } from "graphql";
import { Kind } from "graphql";
import { limitExceeded } from "./limit-error.js";
import { type CostOptions, estimateCost } from "./query-cost.js";

/**
 * Refuses an operation whose estimated cost exceeds `maxCost` before any
 * resolver runs. It runs once the operation is resolved (not as a validation
 * rule) because only then are the variables known.
 */
export function costLimitPlugin(options: CostOptions & { maxCost: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, response }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const cost = estimateCost(schema, operation, fragments, request.variables ?? {}, options);
          if (cost <= options.maxCost) return;
          // Apollo answers errors from this hook with 500 unless told otherwise; an over-limit query is the client's.
          response.http.status = 400;
          throw limitExceeded(
            "cost",
            `Query cost limit of ${options.maxCost} exceeded, estimated ${cost}: ask for fewer items per list (first) or fewer nested lists.`,
          );
        },
      };
    },
  };
}
