import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";
import { OrganizationKind } from "./enums.type.js";

@ObjectType({
  implements: Entity,
  simpleResolvers: true,
  description: "A department (Sở), people's committee or council, party committee, ministry, enterprise…",
})
export class Organization extends Entity {
  @Field(() => OrganizationKind)
  kind!: string;
}
