import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars/date.scalar.js";

@ObjectType({ description: "A source report: every entity and relation in the graph is stated by at least one.", simpleResolvers: true })
export class Report {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "The byline as written." })
  author!: string | null;

  @Field(() => String, { description: "File name or URL the text came from." })
  source!: string;

  @Field(() => String, { description: "SHA-256 of the normalised text the offsets index into." })
  sha256!: string;

  @Field(() => String, { nullable: true, description: "The words the province was inferred from, when the report never names it." })
  provinceInferredFrom!: string | null;

  @Field(() => Boolean, { description: "Whether the text was loaded: sources quote from it only then." })
  hasText!: boolean;
}
