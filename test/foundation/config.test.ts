import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PASSWORD, loadConfig } from "../../src/config.js";

describe("configuration from the environment", () => {
  it("starts a local server on 127.0.0.1:7687 with the documented password when nothing is set", () => {
    const config = loadConfig({}, "/repo");
    expect(config.neo4j.uri).toBe("bolt://127.0.0.1:7687");
    expect(config.neo4j.password).toBe(DEFAULT_PASSWORD);
    expect(config.local?.home).toBe("/repo/.neo4j");
    expect(config.port).toBe(4000);
  });

  it("manages no local server when NEO4J_URI points at another Neo4j", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "x" });
    expect(config.local).toBeNull();
    expect(config.neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
  });

  it("moves the local Bolt port and the URI together with NEO4J_BOLT_PORT", () => {
    const config = loadConfig({ NEO4J_BOLT_PORT: "7700" });
    expect(config.neo4j.uri).toBe("bolt://127.0.0.1:7700");
    expect(config.local?.boltPort).toBe(7700);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT must be a port number/],
    [{ NEO4J_BOLT_PORT: "70000" }, /NEO4J_BOLT_PORT/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must look like bolt:\/\//],
    [{ NEO4J_HEAP: "lots" }, /NEO4J_HEAP must be a size/],
    [{ NEO4J_PASSWORD: "short" }, /NEO4J_PASSWORD must have at least 8 characters/],
    [{ KG_STOP_NEO4J_ON_EXIT: "maybe" }, /KG_STOP_NEO4J_ON_EXIT must be true or false/],
  ])("fails fast naming the variable for %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
