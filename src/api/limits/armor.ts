import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import type { ApiConfig } from "../../config-api.js";
import type { LimitName } from "../errors/error-codes.js";
import { limitExceeded } from "./limit-error.js";

/** Rejections go through the validation context as our QUERY_LIMIT_EXCEEDED (a 400), never thrown out of the validator. */
function reporting(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        ctx?.reportError(limitExceeded(limit, `${error.message.replace(/^Syntax Error: /, "")} (limit: ${limit})`));
      },
    ],
  };
}

/**
 * graphql-armor's shape limits: depth, aliases, directives, and (in
 * production) no "Did you mean" field suggestions that map the schema for a
 * prober. Its cost limit is off: list sizes are what cost here, and
 * cost-limit.plugin.ts counts them. Token counting is graphql-js's own
 * (`parseOptions.maxTokens`, see app.ts), which stops the parser early.
 */
export function armorProtection(config: ApiConfig): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ...reporting("depth") },
    maxAliases: { n: config.maxAliases, ...reporting("aliases") },
    maxDirectives: { n: config.maxDirectives, ...reporting("directives") },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor's types are written for its CommonJS build; under NodeNext they do not line up with @apollo/server's.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules: validationRules as unknown as ValidationRule[] };
}
