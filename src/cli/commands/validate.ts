import type { Command } from "commander";
import { InvalidExtractionError } from "../../domain/errors.js";
import { validateExtraction } from "../../domain/extraction.schema.js";
import { expand, readExtractionFile, TextIndex } from "../../graph/load/read-files.js";

/** `kg validate PATHS… [--texts DIR]`: checks every file (all of them, not just up to the first bad one); exit code 1 when any is invalid. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check extraction files against vn-ict-kg/extraction@1 without loading them")
    .argument("<paths...>", "extraction JSON files, or folders of them")
    .option("--texts <dir>", "folder of report texts: spans and sha256 are checked against the matching text")
    .action((paths: string[], options: { texts?: string }) => {
      const texts = options.texts === undefined ? undefined : TextIndex.of(options.texts);
      let invalid = 0;
      for (const file of paths.flatMap(expand)) {
        try {
          const { extraction } = readExtractionFile(file);
          const text = texts?.textFor(extraction);
          const result = validateExtraction(extraction, { text: text });
          if (!result.ok) throw new InvalidExtractionError(file, result.issues);
          const { entities, relations } = result.extraction;
          const checked = text !== undefined ? "spans and sha256 checked against the text" : "no text: spans not checked";
          console.log(`ok ${file}: ${entities.length} entities, ${relations.length} relations (${checked})`);
        } catch (error) {
          if (!(error instanceof InvalidExtractionError)) throw error;
          invalid += 1;
          console.log(error.message);
        }
      }
      if (invalid > 0) {
        console.log(`${invalid} invalid file(s)`);
        process.exitCode = 1;
      }
    });
}
