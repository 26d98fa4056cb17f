import { Ctx, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../context.js";
import { databaseHealth } from "../queries/health.query.js";
import { Health } from "../types/health.type.js";

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "The database as it answers now (SERVICE_UNAVAILABLE when it does not)." })
  health(@Ctx() ctx: ApiContext) {
    return databaseHealth(ctx.reader);
  }
}
