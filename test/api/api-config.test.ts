import { describe, expect, it } from "vitest";
import { API_ENV, ApiConfigError, DEFAULT_API_CONFIG, loadApiConfig, resolveApiConfig } from "../../src/config-api.js";

describe("loadApiConfig", () => {
  it("gives public-deployment defaults when nothing is set", () => {
    const config = loadApiConfig({});
    expect(config).toEqual({ ...DEFAULT_API_CONFIG, production: false });
    expect(config.maxPageSize).toBeLessThanOrEqual(100);
    expect(config.maxDepth).toBeLessThanOrEqual(10);
  });

  it("reads every limit from its variable", () => {
    const config = loadApiConfig({ API_MAX_DEPTH: "12", API_MAX_COST: "99", API_PLAYGROUND: "false", NODE_ENV: "production" });
    expect(config).toMatchObject({ maxDepth: 12, maxCost: 99, playground: false, production: true });
  });

  it("names the variable when a value is malformed", () => {
    expect(() => loadApiConfig({ API_MAX_PAGE_SIZE: "lots" })).toThrow(/API_MAX_PAGE_SIZE/);
    expect(() => loadApiConfig({ API_INTROSPECTION: "maybe" })).toThrow(ApiConfigError);
  });

  it("refuses a default page size above the maximum", () => {
    expect(() => loadApiConfig({ API_MAX_PAGE_SIZE: "10", API_DEFAULT_PAGE_SIZE: "20" })).toThrow(/API_DEFAULT_PAGE_SIZE/);
  });

  it("fills what src/config.ts does not read yet from the defaults", () => {
    const config = resolveApiConfig({
      maxDepth: 8,
      maxAliases: 15,
      maxCost: 20_000,
      maxPageSize: 50,
      bodyLimitBytes: 1000,
      queryTimeoutMs: 5000,
      production: true,
    });
    expect(config.defaultNestedSize).toBe(DEFAULT_API_CONFIG.defaultNestedSize);
    expect(config.maxPageSize).toBe(50);
  });

  it("has one distinct variable per limit", () => {
    const names = Object.values(API_ENV);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^API_[A-Z_]+$/);
  });
});
