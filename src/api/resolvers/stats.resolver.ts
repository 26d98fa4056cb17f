import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { Row } from "../../graph/executor.js";
import type { ApiContext } from "../context.js";
import { toEntityNode } from "../graph-rows.js";
import { ProvinceStats, ProvinceYearStats, RelationCount, Stats, TypeCount, YearStats } from "../types/stats.type.js";

const n = (v: unknown) => Number(v ?? 0);

/** `stats` costs nothing by itself; each field runs its own statement, only when selected. */
@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: "Counts per type, relation, province and year." })
  stats(): Stats {
    return {};
  }

  @FieldResolver(() => [TypeCount], { description: "Entities per type, and REPORT for the reports." })
  async entities(@Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.stats.load("entities");
    return rows.map((r: Row) => ({ type: r.type, count: n(r.count) }));
  }

  @FieldResolver(() => [RelationCount])
  async relations(@Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.stats.load("relations");
    return rows.map((r: Row) => ({ relation: r.relation, count: n(r.count) }));
  }

  @FieldResolver(() => [ProvinceStats])
  async provinces(@Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.stats.load("provinces");
    return rows.map((r: Row) => ({
      province: toEntityNode(r.province),
      conferences: n(r.conferences),
      reports: n(r.reports),
      organizations: n(r.organizations),
    }));
  }

  @FieldResolver(() => [YearStats])
  async years(@Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.stats.load("years");
    return rows.map((r: Row) => ({ year: n(r.year), conferences: n(r.conferences), reports: n(r.reports) }));
  }

  @FieldResolver(() => [ProvinceYearStats], { description: "Conferences and reports per province and year." })
  async provinceYears(@Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.stats.load("provinceYears");
    return rows.map((r: Row) => ({
      province: toEntityNode(r.province),
      year: n(r.year),
      conferences: n(r.conferences),
      reports: n(r.reports),
    }));
  }
}
