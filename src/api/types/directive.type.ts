import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars/date.scalar.js";
import { Entity } from "./entity.type.js";
import { DirectiveKind } from "./enums.type.js";

@ObjectType({
  simpleResolvers: true,
  implements: Entity,
  description: "A law, decree, resolution, decision, directive, circular, plan, or an instruction an official gave.",
})
export class Directive extends Entity {
  @Field(() => DirectiveKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Document number, e.g. "49/2017/NĐ-CP".' })
  number!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn!: string | null;
}
