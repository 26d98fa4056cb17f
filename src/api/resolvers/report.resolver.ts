import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type ApiContext, nestedFirst } from "../context.js";
import type { ReportNode } from "../graph-rows.js";
import { EntityTypeValue } from "../types/enums.type.js";
import { EntityLink, PersonLink } from "../types/link.type.js";
import { Province } from "../types/province.type.js";
import { Report } from "../types/report.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs, provinceOf } from "./links.js";

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Province, { nullable: true, description: "The province the report is about." })
  province(@Root() r: ReportNode, @Ctx() ctx: ApiContext) {
    return provinceOf(ctx, r.provinceId);
  }

  @FieldResolver(() => [PersonLink], { description: "Its authors, from the byline (AUTHORED, reversed)." })
  authors(@Root() r: ReportNode, @FirstArg() first: number | null, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "person", "AUTHORED", "in", r.id, first);
  }

  @FieldResolver(() => [EntityLink], { description: "What it mentions, and where; `types` narrows it." })
  async entities(
    @Root() r: ReportNode,
    @Arg("types", () => [EntityTypeValue], { nullable: true }) types: EntityTypeValue[] | null,
    @FirstArg() first: number | null,
    @Ctx() ctx: ApiContext,
  ) {
    const wanted = types && types.length > 0 ? [...new Set(types)].sort() : null;
    const mentions = await ctx.loaders.reportEntities(wanted, nestedFirst(ctx, first)).load(r.id);
    ctx.loaders.prime(mentions.map((m) => m.node));
    return mentions.map((m) => ({ entity: m.node, sources: m.sources }));
  }
}
