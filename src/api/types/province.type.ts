import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";

@ObjectType({ implements: Entity, simpleResolvers: true, description: "A province or centrally-run city." })
export class Province extends Entity {
  @Field(() => String, { nullable: true, description: "Official two-digit code." })
  code!: string | null;
}
