import type { Command } from "commander";
import { BadInputError } from "../../domain/errors.js";
import { isIsoDate } from "../../extract/dates.js";
import { extract, readReportFile, toJson } from "../../extract/index.js";

/** `--published` must be a real calendar date; a typo should fail, not silently become null. */
export function parsePublished(raw: string): string {
  if (!isIsoDate(raw)) throw new BadInputError("--published", `must be a date written YYYY-MM-DD, got "${raw}"`);
  return raw;
}

export function parseUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
    return raw;
  } catch {
    throw new BadInputError("--url", `must be an http(s) address such as https://stttt.laocai.gov.vn/…, got "${raw}"`);
  }
}

/** `kg extract FILE [--url URL] [--published YYYY-MM-DD]`: prints the extraction JSON to stdout. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract a report (.txt, .md, .html) into vn-ict-kg/extraction@1 JSON on stdout")
    .argument("<file>", "the report")
    .option("--url <url>", "the page's address (its domain can name the province)", parseUrl)
    .option("--published <date>", "publication date YYYY-MM-DD, when the text lacks it", parsePublished)
    .action(async (file: string, options: { url?: string; published?: string }) => {
      const report = await readReportFile(file);
      const source = options.url ?? file.split(/[\\/]/u).pop() ?? file;
      const extraction = extract(report.text, { source, url: options.url, publishedOn: options.published });
      process.stdout.write(toJson(extraction));
    });
}
