/**
 * The graph's vocabulary, fixed by `vn-ict-kg/extraction@1`
 * (shared/docs/extraction-format.md). Every layer imports these lists instead
 * of spelling labels and relationship types itself, so Cypher never receives
 * a label or type that is not on them.
 */

export const FORMAT_ID = "vn-ict-kg/extraction@1";

export const ENTITY_TYPES = ["Province", "Organization", "Person", "Conference", "Programme", "Directive"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANIZATION_KINDS = [
  "DEPARTMENT",
  "PEOPLES_COMMITTEE",
  "PEOPLES_COUNCIL",
  "PARTY_COMMITTEE",
  "MINISTRY",
  "GOVERNMENT",
  "ENTERPRISE",
  "MEDIA",
  "OTHER",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PROGRAMME_KINDS = ["NATIONAL_TARGET_PROGRAMME", "PROJECT", "PLAN", "PROGRAMME", "OTHER"] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const DIRECTIVE_KINDS = ["LAW", "DECREE", "RESOLUTION", "DECISION", "DIRECTIVE", "CIRCULAR", "PLAN", "INSTRUCTION"] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export const RELATION_TYPES = [
  "LOCATED_IN",
  "PART_OF",
  "HOLDS_POSITION",
  "ORGANIZED",
  "HELD_IN",
  "CHAIRED",
  "DIRECTED",
  "ATTENDED",
  "ISSUED",
  "ISSUED_AT",
  "ADDRESSED_TO",
  "IMPLEMENTS",
  "AUTHORED",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** What each relation may connect: `from` labels → `to` labels ("Report" for AUTHORED). */
export const RELATION_ENDS: Readonly<
  Record<RelationType, { from: readonly (EntityType | "Report")[]; to: readonly (EntityType | "Report")[] }>
> = {
  LOCATED_IN: { from: ["Organization"], to: ["Province"] },
  PART_OF: { from: ["Organization"], to: ["Organization"] },
  HOLDS_POSITION: { from: ["Person"], to: ["Organization"] },
  ORGANIZED: { from: ["Organization"], to: ["Conference"] },
  HELD_IN: { from: ["Conference"], to: ["Province"] },
  CHAIRED: { from: ["Person"], to: ["Conference"] },
  DIRECTED: { from: ["Person"], to: ["Conference"] },
  ATTENDED: { from: ["Person", "Organization"], to: ["Conference"] },
  ISSUED: { from: ["Person", "Organization"], to: ["Directive"] },
  ISSUED_AT: { from: ["Directive"], to: ["Conference"] },
  ADDRESSED_TO: { from: ["Directive"], to: ["Organization"] },
  IMPLEMENTS: { from: ["Organization"], to: ["Programme", "Directive"] },
  AUTHORED: { from: ["Person"], to: ["Report"] },
};

export interface Span {
  start: number;
  end: number;
}

interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface ProvinceEntity extends EntityBase {
  type: "Province";
  code: string | null;
}
export interface OrganizationEntity extends EntityBase {
  type: "Organization";
  kind: OrganizationKind;
  province: string | null;
}
export interface PersonEntity extends EntityBase {
  type: "Person";
}
export interface ConferenceEntity extends EntityBase {
  type: "Conference";
  date: string | null;
  year: number | null;
  province: string | null;
}
export interface ProgrammeEntity extends EntityBase {
  type: "Programme";
  kind: ProgrammeKind;
  period: string | null;
}
export interface DirectiveEntity extends EntityBase {
  type: "Directive";
  kind: DirectiveKind;
  number: string | null;
  issuedOn: string | null;
}

export type Entity = ProvinceEntity | OrganizationEntity | PersonEntity | ConferenceEntity | ProgrammeEntity | DirectiveEntity;

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Span[];
  /** HOLDS_POSITION only. */
  title?: string;
  /** HOLDS_POSITION only: the date the report shows the title held. */
  asOf?: string | null;
}

export interface ReportMeta {
  id: string;
  title: string;
  publishedOn: string | null;
  publisher: string | null;
  author: string | null;
  province: string | null;
  source: string;
  sha256: string;
  /** Project extension: the words the province was inferred from when the report never names it ("huyện Lương Sơn"). */
  provinceInferredFrom?: string | null;
}

export interface Extraction {
  format: typeof FORMAT_ID;
  report: ReportMeta;
  entities: Entity[];
  relations: Relation[];
}
