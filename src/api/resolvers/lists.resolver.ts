import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, Info, Int, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../context.js";
import { API } from "../loaders/statements.js";
import { conferenceParams, directiveParams, organizationParams, personParams, programmeParams, reportParams } from "../queries/filters.js";
import { listEntities, listReports } from "../queries/list.query.js";
import { pageRequest } from "../queries/page.js";
import {
  ConferenceConnection,
  DirectiveConnection,
  OrganizationConnection,
  PersonConnection,
  ProgrammeConnection,
  ReportConnection,
} from "../types/connections.type.js";
import {
  ConferenceFilter,
  DirectiveFilter,
  OrganizationFilter,
  PersonFilter,
  ProgrammeFilter,
  ReportFilter,
} from "../types/filters.type.js";
import { nestedPageSize } from "./prefetch.js";
import { wantsTotals } from "./selection.js";

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size: the server default (20) when absent, at most the server maximum (100)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor from a previous page: the items after it." })
  after?: string | null;
}

/** Filtered root lists: cursor connections in a stable order (date, then id; id alone for undated types). */
@Resolver()
export class ListsResolver {
  @Query(() => ConferenceConnection, { description: "Conferences in date-then-id order (undated last)." })
  conferences(
    @Arg("filter", () => ConferenceFilter, { nullable: true }) filter: ConferenceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Each conference's directors come back with the page when asked for: one round trip fewer.
    const directorsFirst = nestedPageSize(ctx, info, "Conference", ["edges", "node"], "directors");
    const params = { ...conferenceParams(filter), directorsFirst };
    return listEntities(
      ctx.reader,
      API.conferencesList,
      "conferences",
      params,
      pageRequest("conferences", page, ctx.config, wantsTotals(info)),
      directorsFirst === null
        ? undefined
        : (item, node) => ctx.loaders.primeRelation("DIRECTED", "in", directorsFirst, node.id, item.directors),
    );
  }

  @Query(() => PersonConnection, { description: "People in id order (the folded name)." })
  people(
    @Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = personParams(filter);
    return listEntities(ctx.reader, API.peopleList, "people", params, pageRequest("people", page, ctx.config, wantsTotals(info)));
  }

  @Query(() => OrganizationConnection, { description: "Organisations in id order." })
  organizations(
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = organizationParams(filter);
    return listEntities(
      ctx.reader,
      API.organizationsList,
      "organizations",
      params,
      pageRequest("organizations", page, ctx.config, wantsTotals(info)),
    );
  }

  @Query(() => DirectiveConnection, { description: "Directives in issue-date-then-id order (undated last)." })
  directives(
    @Arg("filter", () => DirectiveFilter, { nullable: true }) filter: DirectiveFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = directiveParams(filter);
    return listEntities(
      ctx.reader,
      API.directivesList,
      "directives",
      params,
      pageRequest("directives", page, ctx.config, wantsTotals(info)),
    );
  }

  @Query(() => ProgrammeConnection, { description: "Programmes in id order." })
  programmes(
    @Arg("filter", () => ProgrammeFilter, { nullable: true }) filter: ProgrammeFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = programmeParams(filter);
    return listEntities(
      ctx.reader,
      API.programmesList,
      "programmes",
      params,
      pageRequest("programmes", page, ctx.config, wantsTotals(info)),
    );
  }

  @Query(() => ReportConnection, { description: "Reports in publication-date-then-id order (undated last)." })
  reports(
    @Arg("filter", () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = reportParams(filter);
    return listReports(ctx.reader, API.reportsList, params, pageRequest("reports", page, ctx.config, wantsTotals(info)));
  }
}
