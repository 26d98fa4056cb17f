import { defineConfig } from "vitest/config";

/**
 * Two tiers by file name: `*.test.ts` are pure and run in parallel;
 * `*.int.test.ts` talk to the real Neo4j (started by the global setup) and
 * run one file at a time because they share one database.
 */
export default defineConfig({
  resolve: {
    // graphql must load once, or type-graphql sees "another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.int.test.ts"],
          globalSetup: ["test/setup/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
