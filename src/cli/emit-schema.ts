import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { SCHEMA_FILE, schemaFileContent } from "../api/schema-file.js";

/** `npm run schema`: writes the sorted SDL of the API to schema/schema.graphql (no database needed). */
mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, schemaFileContent());
console.log(`wrote ${relative(process.cwd(), SCHEMA_FILE)}`);
