import { ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";

@ObjectType({ implements: Entity, simpleResolvers: true, description: "A person the reports name." })
export class Person extends Entity {}
