import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { KgError } from "../../domain/errors.js";
import type { ApiContext } from "../context.js";
import type { ReportNode, SourceRef } from "../graph-rows.js";
import { Report } from "../types/report.type.js";
import { Source } from "../types/source.type.js";

/** Between the words of a multi-span source: the spans are not contiguous in the text. */
const ELLIPSIS = " … ";

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Report)
  async report(
    @Root() s: SourceRef,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReportNode | Pick<ReportNode, "id">> {
    // `sources { report { id } }` is the common case and the id is already known: no round trip for it.
    if (asksOnlyForId(info)) return { id: s.reportId };
    const report = await ctx.loaders.report.load(s.reportId);
    if (!report) throw new KgError("NOT_FOUND", `report ${s.reportId} is cited but not in the graph`);
    return report;
  }

  @FieldResolver(() => String, { nullable: true, description: "The stated words, when the report text was loaded (null otherwise)." })
  async quote(@Root() s: SourceRef, @Ctx() ctx: ApiContext): Promise<string | null> {
    if (s.spans.length === 0) return null;
    const parts = await ctx.loaders.quote.loadMany(s.spans.map((span) => ({ reportId: s.reportId, ...span })));
    if (parts.some((p) => p instanceof Error)) throw parts.find((p) => p instanceof Error);
    const words = parts.filter((p): p is string => typeof p === "string");
    return words.length === parts.length ? words.join(ELLIPSIS) : null;
  }
}

/** True when every selection under this field is `id` or `__typename` (fragments included). */
function asksOnlyForId(info: GraphQLResolveInfo): boolean {
  const only = (set: SelectionSetNode | undefined): boolean =>
    set === undefined ||
    set.selections.every((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === "id" || sel.name.value === "__typename";
      if (sel.kind === Kind.INLINE_FRAGMENT) return only(sel.selectionSet);
      const fragment = info.fragments[sel.name.value];
      return fragment !== undefined && only(fragment.selectionSet);
    });
  return info.fieldNodes.every((node) => only(node.selectionSet));
}
