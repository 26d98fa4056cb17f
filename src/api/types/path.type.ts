import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";
import { RelationType } from "./enums.type.js";
import { Source } from "./source.type.js";

@ObjectType({
  description: "One hop of a path: `from` and `to` follow the path; `reversed` says the stored relation points from `to` to `from`.",
  simpleResolvers: true,
})
export class Step {
  @Field(() => Entity)
  from!: Entity;

  @Field(() => RelationType)
  relation!: string;

  @Field(() => Boolean)
  reversed!: boolean;

  @Field(() => Entity)
  to!: Entity;

  @Field(() => [Source])
  sources!: Source[];
}

@ObjectType({ description: "A shortest path between two entities.", simpleResolvers: true })
export class Path {
  @Field(() => Int, { description: "Number of hops." })
  length!: number;

  @Field(() => [Step])
  steps!: Step[];
}
