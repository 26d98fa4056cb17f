import { BadInputError } from "../../domain/errors.js";
import { ID_PREFIX, REPORT_PREFIX } from "../../domain/ids.js";
import type { EntityType } from "../../domain/model.js";

const ID_SHAPE = /^([a-z]+):[a-z0-9]+(-[a-z0-9]+)*$/;
const ENTITY_PREFIXES = new Map(Object.entries(ID_PREFIX).map(([type, prefix]) => [prefix, type as EntityType]));

/** Rejects what cannot be an id before it reaches the database, naming the argument. */
function checkShape(argument: string, id: string): string {
  const match = ID_SHAPE.exec(id);
  if (!match) throw new BadInputError(argument, `"${truncate(id)}" is not an id (expected "<type>:<slug>", e.g. person:nguyen-long-hai)`);
  return match[1] as string;
}

/** Any entity id, whatever its type. Returns the entity type its prefix names. */
export function entityIdArg(argument: string, id: string): EntityType {
  const prefix = checkShape(argument, id);
  const type = ENTITY_PREFIXES.get(prefix);
  if (!type) {
    const hint = prefix === REPORT_PREFIX ? " (use report(id) for reports)" : "";
    throw new BadInputError(
      argument,
      `"${truncate(id)}" is not an entity id: the prefix must be one of ${[...ENTITY_PREFIXES.keys()].join(", ")}${hint}`,
    );
  }
  return type;
}

/** An id of one given type: `person(id: "province:…")` is a mistake worth saying. */
export function typedIdArg(argument: string, id: string, type: EntityType | "Report"): string {
  const prefix = checkShape(argument, id);
  const expected = type === "Report" ? REPORT_PREFIX : ID_PREFIX[type];
  if (prefix !== expected) throw new BadInputError(argument, `"${truncate(id)}" is not a ${type} id (it must start with "${expected}:")`);
  return id;
}

/** Optional id filters: null/undefined pass through. */
export function optionalTypedId(argument: string, id: string | null | undefined, type: EntityType | "Report"): string | null {
  return id === null || id === undefined ? null : typedIdArg(argument, id, type);
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
