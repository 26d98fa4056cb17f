import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { EntityType } from "../../domain/model.js";
import type { ApiContext } from "../context.js";
import { type EntityNode, entityStub, type ReportNode, reportStub } from "../graph-rows.js";
import { entityIdArg, typedIdArg } from "../queries/ids.js";
import { Conference } from "../types/conference.type.js";
import { Directive } from "../types/directive.type.js";
import { Entity } from "../types/entity.type.js";
import { Organization } from "../types/organization.type.js";
import { Person } from "../types/person.type.js";
import { Programme } from "../types/programme.type.js";
import { Province } from "../types/province.type.js";
import { Report } from "../types/report.type.js";
import { nestedPageSize, prefetchNested } from "./prefetch.js";

const ID_ARG = { description: 'The id, "<type-prefix>:<slug>".' } as const;

/**
 * Lookups by id: null when absent, BAD_USER_INPUT when the id cannot be one of
 * that type. The id says the type, so the nested fields' statements start with
 * the lookup's (prefetch.ts) rather than one round trip after it.
 */
@Resolver()
export class LookupResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id." })
  node(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<EntityNode | null> {
    const type = entityIdArg("id", id);
    if (type === "Province") return provinceLookup(ctx, info, id);
    const node = ctx.loaders.entity.load(id);
    prefetchNested(ctx, info, type, entityStub(id, type));
    return node;
  }

  @Query(() => Province, { nullable: true })
  province(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    typedIdArg("id", id, "Province");
    return provinceLookup(ctx, info, id);
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return byType(ctx, info, id, "Organization");
  }

  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return byType(ctx, info, id, "Person");
  }

  @Query(() => Conference, { nullable: true })
  conference(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return byType(ctx, info, id, "Conference");
  }

  @Query(() => Programme, { nullable: true })
  programme(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return byType(ctx, info, id, "Programme");
  }

  @Query(() => Directive, { nullable: true })
  directive(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return byType(ctx, info, id, "Directive");
  }

  @Query(() => Report, { nullable: true })
  report(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<ReportNode | null> {
    typedIdArg("id", id, "Report");
    const report = ctx.loaders.report.load(id);
    prefetchNested(ctx, info, "Report", reportStub(id));
    return report;
  }
}

async function byType(ctx: ApiContext, info: GraphQLResolveInfo, id: string, type: EntityType): Promise<EntityNode | null> {
  typedIdArg("id", id, type);
  const loading = ctx.loaders.entity.load(id);
  prefetchNested(ctx, info, type, entityStub(id, type));
  const node = await loading;
  return node?.type === type ? node : null;
}

/** Province's lists that its lookup statement can return with it (province-by-id.cypher), by field name. */
const PROVINCE_PAGES = ["conferences", "organizations", "officials"] as const;

/** A province page: the province and the first pages of its selected lists in one statement, the rest prefetched. */
function provinceLookup(ctx: ApiContext, info: GraphQLResolveInfo, id: string): Promise<EntityNode | null> {
  const [conferences, organizations, officials] = PROVINCE_PAGES.map((field) =>
    nestedPageSize(ctx, info, "Province", [], field, "Province"),
  );
  if (conferences == null && organizations == null && officials == null) return byType(ctx, info, id, "Province");
  const pages = {
    conferences: conferences ?? null,
    organizations: organizations ?? null,
    officials: officials ?? null,
    // Each listed conference's directors come along too, as on the root conference list.
    conferenceDirectors:
      conferences == null ? null : nestedPageSize(ctx, info, "Conference", ["conferences", "conference"], "directors", "Province"),
  };
  const loading = ctx.loaders.province(id, pages);
  prefetchNested(ctx, info, "Province", entityStub(id, "Province"), new Set(PROVINCE_PAGES));
  return loading;
}
