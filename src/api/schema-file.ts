import { fileURLToPath } from "node:url";
import { printApiSchema } from "./schema.js";

/** schema/schema.graphql at the repository root: the committed SDL front-ends generate their types from. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));

const HEADER = "# Generated from src/api by `npm run schema`; do not edit. A test fails when it differs from the code.\n\n";

export function schemaFileContent(): string {
  return HEADER + printApiSchema();
}
