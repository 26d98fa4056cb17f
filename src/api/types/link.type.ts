import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars/date.scalar.js";
import { Conference } from "./conference.type.js";
import { Directive } from "./directive.type.js";
import { Entity } from "./entity.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Province } from "./province.type.js";
import { Report } from "./report.type.js";
import { Source } from "./source.type.js";

/**
 * An edge of the graph seen from one end: the node at the other end, named
 * after its type, and the sources that state the relation. Plain properties
 * under the schema's names, so graphql's default resolver reads them (no
 * per-field wrapper on the hot path).
 */
const SOURCES = { description: "The reports that state this relation, and where." } as const;

@ObjectType({ description: "A relation to a province, with its sources.", simpleResolvers: true })
export class ProvinceLink {
  @Field(() => Province)
  province!: Province;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({ description: "A relation to an organisation, with its sources.", simpleResolvers: true })
export class OrganizationLink {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({ description: "A relation to a person, with its sources.", simpleResolvers: true })
export class PersonLink {
  @Field(() => Person)
  person!: Person;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({ description: "A relation to a conference, with its sources.", simpleResolvers: true })
export class ConferenceLink {
  @Field(() => Conference)
  conference!: Conference;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({ description: "A relation to a directive, with its sources.", simpleResolvers: true })
export class DirectiveLink {
  @Field(() => Directive)
  directive!: Directive;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({
  description: "A relation whose other end can be of several types (attendees, issuers, what is implemented).",
  simpleResolvers: true,
})
export class EntityLink {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({ description: "A relation to a report (authorship), with its sources.", simpleResolvers: true })
export class ReportLink {
  @Field(() => Report)
  report!: Report;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}

@ObjectType({
  description: "A title a person holds in an organisation, as a report shows it on a date (HOLDS_POSITION).",
  simpleResolvers: true,
})
export class Position {
  @Field(() => String, { description: 'The bare title, e.g. "Phó Chủ tịch".' })
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: "The date of the event or report that shows the title held." })
  asOf!: string | null;

  @Field(() => Person)
  person!: Person;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [Source], SOURCES)
  sources!: Source[];
}
