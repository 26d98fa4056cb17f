import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";
import { ProgrammeKind } from "./enums.type.js";

@ObjectType({
  implements: Entity,
  simpleResolvers: true,
  description: "A programme, project (đề án, dự án) or plan without a document number.",
})
export class Programme extends Entity {
  @Field(() => ProgrammeKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The period it covers, e.g. "2016-2020".' })
  period!: string | null;
}
