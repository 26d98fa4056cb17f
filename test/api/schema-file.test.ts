import "reflect-metadata";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaFileContent } from "../../src/api/schema-file.js";

describe("schema/schema.graphql", () => {
  it("is exactly the SDL the code builds (run `npm run schema` after changing the API)", () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    expect(committed).toBe(schemaFileContent());
  });

  it("holds the contract's root fields and the Entity interface with every entity type", () => {
    const sdl = schemaFileContent();
    for (const field of [
      "node(",
      "conferences(",
      "people(",
      "organizations(",
      "directives(",
      "programmes(",
      "reports(",
      "search(",
      "connections(",
      "stats:",
      "health:",
    ])
      expect(sdl).toContain(`  ${field}`);
    for (const type of ["Province", "Organization", "Person", "Conference", "Programme", "Directive"])
      expect(sdl).toContain(`type ${type} implements Entity`);
  });
});
