import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** cypher/ at the repository root: every statement the app runs lives there, one per file. */
export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listCypherFiles(path);
    return entry.endsWith(".cypher") ? [path] : [];
  });
}

/** Splits a multi-statement file (schema.cypher) on `;` at line ends; comments (`//`) are dropped. */
export function splitStatements(source: string): string[] {
  return source
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The text is sent with every call, so whole-line comments (the why, kept in
 * the files) are dropped once here rather than parsed by Neo4j on each run.
 */
function stripCommentLines(source: string): string {
  return source
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}

/**
 * Named statements loaded once at start-up: `cypher/api/conference-by-id.cypher`
 * is `api/conference-by-id`. Asking for a name that has no file is a
 * programming error and says which file is missing.
 */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  static load(dir: string = CYPHER_DIR): CypherRegistry {
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(dir)) {
      const name = relative(dir, file)
        .split(sep)
        .join("/")
        .replace(/\.cypher$/, "");
      statements.set(name, stripCommentLines(readFileSync(file, "utf8")));
    }
    return new CypherRegistry(statements);
  }

  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) throw new Error(`No Cypher statement "${name}": expected a file cypher/${name}.cypher`);
    return text;
  }

  /** Fails at start-up, not on the first request, when a needed file is missing. */
  require(names: readonly string[]): void {
    for (const name of names) this.get(name);
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}
