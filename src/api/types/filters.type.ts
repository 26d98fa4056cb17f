import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../scalars/date.scalar.js";
import { DirectiveKind, OrganizationKind, ProgrammeKind } from "./enums.type.js";

/** Every filter field is optional; given fields must all hold (AND). */
@InputType({ description: "Conferences matching every given field." })
export class ConferenceFilter {
  @Field(() => ID, { nullable: true, description: "Province id, e.g. province:lang-son." })
  province?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true, description: "On or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or before this day." })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "Person id of someone who DIRECTED it." })
  directedBy?: string | null;

  @Field(() => ID, { nullable: true, description: "Person id of someone who CHAIRED it." })
  chairedBy?: string | null;
}

@InputType({ description: "People matching every given field." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or an alias; diacritics and case are ignored." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Holds a position in an organisation of this province." })
  province?: string | null;

  @Field(() => String, { nullable: true, description: 'Holds this title (case-insensitive), e.g. "Phó Chủ tịch".' })
  title?: string | null;
}

@InputType({ description: "Organisations matching every given field." })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: string | null;

  @Field(() => ID, { nullable: true })
  province?: string | null;
}

@InputType({ description: "Directives matching every given field." })
export class DirectiveFilter {
  @Field(() => DirectiveKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Document number, e.g. "49/2017/NĐ-CP" (case and diacritics of the letters ignored).',
  })
  number?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Issued at a conference of this province, or issued by, addressed to or implemented by one of its organisations.",
  })
  province?: string | null;
}

@InputType({ description: "Programmes matching every given field." })
export class ProgrammeFilter {
  @Field(() => ProgrammeKind, { nullable: true })
  kind?: string | null;
}

@InputType({ description: "Reports matching every given field." })
export class ReportFilter {
  @Field(() => ID, { nullable: true })
  province?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Published on or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Published on or before this day." })
  to?: string | null;
}
