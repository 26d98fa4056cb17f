import { ObjectType } from "type-graphql";
import { Conference } from "./conference.type.js";
import { connectionOf } from "./connection.type.js";
import { Directive } from "./directive.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Programme } from "./programme.type.js";
import { Report } from "./report.type.js";

/** The root lists' page types, one per node type. */
@ObjectType()
export class ConferenceConnection extends connectionOf(Conference, "Conference") {}

@ObjectType()
export class PersonConnection extends connectionOf(Person, "Person") {}

@ObjectType()
export class OrganizationConnection extends connectionOf(Organization, "Organization") {}

@ObjectType()
export class DirectiveConnection extends connectionOf(Directive, "Directive") {}

@ObjectType()
export class ProgrammeConnection extends connectionOf(Programme, "Programme") {}

@ObjectType()
export class ReportConnection extends connectionOf(Report, "Report") {}
