import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../context.js";
import { findConnections, MAX_HOPS } from "../queries/connections.query.js";
import { pageSize } from "../queries/page.js";
import { Path } from "../types/path.type.js";

@Resolver()
export class ConnectionsResolver {
  @Query(() => [Path], {
    description: `The shortest paths between two entities over the model's relations (not reports), at most ${MAX_HOPS} hops.`,
  })
  async connections(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxHops", () => Int, { defaultValue: 3, description: `1 to ${MAX_HOPS}.` }) maxHops: number,
    @Arg("first", () => Int, { nullable: true, description: "How many paths at most (server default 20)." }) first: number | null,
    @Ctx() ctx: ApiContext,
  ) {
    const size = pageSize(first, ctx.config.defaultPageSize, ctx.config.maxPageSize);
    const paths = await findConnections(ctx.reader, from, to, maxHops, size);
    ctx.loaders.prime(paths.flatMap((p) => p.steps.flatMap((s) => [s.from, s.to])));
    return paths;
  }
}
