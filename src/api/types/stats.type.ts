import { Field, Int, ObjectType } from "type-graphql";
import { CountedTypeValue, RelationType } from "./enums.type.js";
import { Province } from "./province.type.js";

@ObjectType({ simpleResolvers: true })
export class TypeCount {
  @Field(() => CountedTypeValue)
  type!: CountedTypeValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class RelationCount {
  @Field(() => RelationType)
  relation!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: "Counts for one province (conferences and reports by their province; organisations located there).",
  simpleResolvers: true,
})
export class ProvinceStats {
  @Field(() => Province)
  province!: Province;

  @Field(() => Int)
  conferences!: number;

  @Field(() => Int)
  reports!: number;

  @Field(() => Int)
  organizations!: number;
}

@ObjectType({ description: "Conferences (by their year) and reports (by their publication year) in one year.", simpleResolvers: true })
export class YearStats {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  conferences!: number;

  @Field(() => Int)
  reports!: number;
}

@ObjectType({ description: "Conferences and reports of one province in one year.", simpleResolvers: true })
export class ProvinceYearStats {
  @Field(() => Province)
  province!: Province;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  conferences!: number;

  @Field(() => Int)
  reports!: number;
}

/** Each field is its own statement, run only when asked for (stats.resolver.ts). */
@ObjectType({ description: "Counts over the whole graph." })
export class Stats {}
