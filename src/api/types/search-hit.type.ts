import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";

@ObjectType({ description: "One search result: higher scores match better.", simpleResolvers: true })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => Entity)
  entity!: Entity;
}
