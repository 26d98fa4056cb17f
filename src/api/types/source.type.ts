import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Offsets into a report's NFC-normalised text, in UTF-16 code units; end is exclusive.", simpleResolvers: true })
export class Span {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/** `report` and `quote` come from field resolvers (source.resolver.ts) through loaders. */
@ObjectType({ description: "Where a report states something: the report, the spans, and the words when the text was loaded." })
export class Source {
  @Field(() => [Span])
  spans!: Span[];
}
