import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { REPORT_EXTENSIONS } from "../read-report.js";

/**
 * The report files under the given paths: folders are walked (sorted, so a
 * run is repeatable); a file named explicitly is kept whatever its extension,
 * so that a wrong one is reported rather than skipped in silence.
 */
export function collectReportFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if ((REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
