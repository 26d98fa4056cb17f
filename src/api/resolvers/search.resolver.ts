import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../context.js";
import { pageSize } from "../queries/page.js";
import { searchEntities } from "../queries/search.query.js";
import { EntityTypeValue } from "../types/enums.type.js";
import { SearchHit } from "../types/search-hit.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Full-text search over the names and aliases of every entity: diacritics and case are ignored, one typo per word is forgiven; best first.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("types", () => [EntityTypeValue], { nullable: true, description: "Only these types (default: all)." }) types:
      | EntityTypeValue[]
      | null,
    @Arg("first", () => Int, { nullable: true, description: "How many hits (server default 20)." }) first: number | null,
    @Ctx() ctx: ApiContext,
  ) {
    const size = pageSize(first, ctx.config.defaultPageSize, ctx.config.maxPageSize);
    const hits = await searchEntities(ctx.reader, text, types && types.length > 0 ? [...new Set(types)] : null, size);
    ctx.loaders.prime(hits.map((h) => h.entity));
    return hits;
  }
}
