import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The database behind the API, as it answers now.", simpleResolvers: true })
export class Health {
  @Field(() => String)
  neo4jVersion!: string;

  @Field(() => String)
  edition!: string;

  @Field(() => Int)
  nodeCount!: number;
}
