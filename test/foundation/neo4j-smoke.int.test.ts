import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

/** Straight through neo4j-driver, no project code in between: proves the server itself works. */
describe("the real Neo4j server", () => {
  const { neo4j: connection } = loadConfig();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  afterAll(() => driver.close());

  it("writes a node over Bolt and reads it back, then forgets it", async () => {
    const marker = `smoke-${Date.now()}`;
    await driver.executeQuery("CREATE (:SmokeTest {marker: $marker, name: $name})", { marker, name: "Lê Văn Quý" });
    try {
      const { records } = await driver.executeQuery("MATCH (n:SmokeTest {marker: $marker}) RETURN n.name AS name", { marker });
      expect(records.map((r) => r.get("name"))).toEqual(["Lê Văn Quý"]);
    } finally {
      await driver.executeQuery("MATCH (n:SmokeTest {marker: $marker}) DELETE n", { marker });
    }
    const { records } = await driver.executeQuery("MATCH (n:SmokeTest {marker: $marker}) RETURN count(n) AS c", { marker });
    expect(records[0]?.get("c").toNumber()).toBe(0);
  });

  it("is a Neo4j 5.26 server", async () => {
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version");
    expect(records[0]?.get("version")).toMatch(/^5\.26\./);
  });
});
