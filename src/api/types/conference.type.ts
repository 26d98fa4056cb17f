import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars/date.scalar.js";
import { Entity } from "./entity.type.js";

@ObjectType({
  implements: Entity,
  simpleResolvers: true,
  description: "An organised event: hội nghị, hội thảo, cuộc họp, buổi làm việc, lễ, tập huấn.",
})
export class Conference extends Entity {
  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}
