import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { ConferenceResolver } from "./resolvers/conference.resolver.js";
import { ConnectionsResolver } from "./resolvers/connections.resolver.js";
import { DirectiveResolver } from "./resolvers/directive.resolver.js";
import { EntityResolver } from "./resolvers/entity.resolver.js";
import { HealthResolver } from "./resolvers/health.resolver.js";
import { ListsResolver } from "./resolvers/lists.resolver.js";
import { LookupResolver } from "./resolvers/lookup.resolver.js";
import { OrganizationResolver } from "./resolvers/organization.resolver.js";
import { PersonResolver } from "./resolvers/person.resolver.js";
import { ProgrammeResolver } from "./resolvers/programme.resolver.js";
import { ProvinceResolver } from "./resolvers/province.resolver.js";
import { ReportResolver } from "./resolvers/report.resolver.js";
import { SearchResolver } from "./resolvers/search.resolver.js";
import { SourceResolver } from "./resolvers/source.resolver.js";
import { StatsResolver } from "./resolvers/stats.resolver.js";
import { Conference } from "./types/conference.type.js";
import { Directive } from "./types/directive.type.js";
import { Organization } from "./types/organization.type.js";
import { Person } from "./types/person.type.js";
import { Programme } from "./types/programme.type.js";
import { Province } from "./types/province.type.js";

const RESOLVERS = [
  LookupResolver,
  ListsResolver,
  SearchResolver,
  ConnectionsResolver,
  StatsResolver,
  HealthResolver,
  EntityResolver,
  ProvinceResolver,
  OrganizationResolver,
  PersonResolver,
  ConferenceResolver,
  ProgrammeResolver,
  DirectiveResolver,
  ReportResolver,
  SourceResolver,
] as const;

let built: GraphQLSchema | undefined;

/**
 * The executable schema, built from the decorated classes alone (no database),
 * once per process: type-graphql's metadata is global, and building twice
 * only repeats the work.
 */
export function buildApiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [...RESOLVERS],
    // Entity types reached only through the interface still belong in the schema.
    orphanedTypes: [Province, Organization, Person, Conference, Programme, Directive],
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so the file changes only when the API does. */
export function printApiSchema(schema: GraphQLSchema = buildApiSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
