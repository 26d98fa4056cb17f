import { Command } from "commander";
import { registerCommands } from "./commands/index.js";
import { reportFailure } from "./fail.js";

/** `kg`: the command-line face of the project (load, seed, extract, ingest, validate). */
const program = new Command()
  .name("kg")
  .description("vn-ict-kg: Vietnamese provincial ICT reports → a Neo4j knowledge graph")
  .showHelpAfterError();
registerCommands(program);
program.parseAsync(process.argv).catch(reportFailure);
