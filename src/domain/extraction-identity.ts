import { directiveId, entityId, eventId } from "./ids.js";
import type { Entity, Extraction } from "./model.js";

interface Issue {
  path: string;
  message: string;
}

/**
 * The expected id, or the prefix it must start with, per the format's id rules.
 * Identity across reports rests on these: an id not derived from the name makes
 * the same person two nodes.
 */
function idRule(e: Entity): { exact: string } | { startsWith: string } {
  switch (e.type) {
    case "Conference":
      return { exact: eventId("Conference", e.name, e.province, e.date) };
    case "Directive":
      // Numbered documents are known by their number; instructions add province and date (eventId).
      return e.number ? { exact: directiveId(e.number, e.name) } : { startsWith: entityId("Directive", e.name) };
    default:
      return { exact: entityId(e.type, e.name) };
  }
}

/** Checks identity and search depend on: ids derived from names as the format says, NFC text, a year that fits the date. */
export function identityIssues(x: Extraction): Issue[] {
  const issues: Issue[] = [];
  const notNfc = (s: string) => s !== s.normalize("NFC");
  x.entities.forEach((e, i) => {
    const rule = idRule(e);
    if ("exact" in rule && e.id !== rule.exact)
      issues.push({
        path: `$.entities[${i}].id`,
        message: `"${e.id}" is not the id the format derives from this entity ("${rule.exact}")`,
      });
    if ("startsWith" in rule && e.id !== rule.startsWith && !e.id.startsWith(`${rule.startsWith}-`))
      issues.push({ path: `$.entities[${i}].id`, message: `"${e.id}" should start with "${rule.startsWith}" (the folded name)` });
    if (notNfc(e.name)) issues.push({ path: `$.entities[${i}].name`, message: "is not Unicode NFC" });
    e.aliases.forEach((a, j) => {
      if (notNfc(a)) issues.push({ path: `$.entities[${i}].aliases[${j}]`, message: "is not Unicode NFC" });
    });
    if (e.type === "Conference" && e.date !== null && e.year !== null && e.year !== Number(e.date.slice(0, 4)))
      issues.push({ path: `$.entities[${i}].year`, message: `${e.year} is not the year of date ${e.date}` });
  });
  x.relations.forEach((r, i) => {
    if (r.title !== undefined && notNfc(r.title)) issues.push({ path: `$.relations[${i}].title`, message: "is not Unicode NFC" });
  });
  return issues;
}
