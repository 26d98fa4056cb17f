import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { EntityType } from "../../domain/model.js";
import type { ApiContext } from "../context.js";
import type { EntityNode, ReportNode } from "../graph-rows.js";
import { entityIdArg, typedIdArg } from "../queries/ids.js";
import { Conference } from "../types/conference.type.js";
import { Directive } from "../types/directive.type.js";
import { Entity } from "../types/entity.type.js";
import { Organization } from "../types/organization.type.js";
import { Person } from "../types/person.type.js";
import { Programme } from "../types/programme.type.js";
import { Province } from "../types/province.type.js";
import { Report } from "../types/report.type.js";

const ID_ARG = { description: 'The id, "<type-prefix>:<slug>".' } as const;

/** Lookups by id: null when absent, BAD_USER_INPUT when the id cannot be one of that type. */
@Resolver()
export class LookupResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id." })
  node(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext): Promise<EntityNode | null> {
    entityIdArg("id", id);
    return ctx.loaders.entity.load(id);
  }

  @Query(() => Province, { nullable: true })
  province(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Province");
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Organization");
  }

  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Person");
  }

  @Query(() => Conference, { nullable: true })
  conference(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Conference");
  }

  @Query(() => Programme, { nullable: true })
  programme(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Programme");
  }

  @Query(() => Directive, { nullable: true })
  directive(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext) {
    return byType(ctx, id, "Directive");
  }

  @Query(() => Report, { nullable: true })
  report(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: ApiContext): Promise<ReportNode | null> {
    typedIdArg("id", id, "Report");
    return ctx.loaders.report.load(id);
  }
}

async function byType(ctx: ApiContext, id: string, type: EntityType): Promise<EntityNode | null> {
  typedIdArg("id", id, type);
  const node = await ctx.loaders.entity.load(id);
  return node?.type === type ? node : null;
}
