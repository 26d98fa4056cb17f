import { describe, expect, it } from "vitest";
import { renderNeo4jConf } from "../../tools/neo4j/conf.js";

const local = { home: "/x/.neo4j", boltPort: 7711, heap: "1g", pageCache: "256m", startTimeoutSeconds: 60 };

describe("the generated neo4j.conf", () => {
  const conf = renderNeo4jConf(local);
  const settings = conf.split("\n").filter((line) => line && !line.startsWith("#"));

  it("listens on loopback only, with HTTP off and auth on", () => {
    expect(settings).toContain("server.bolt.listen_address=127.0.0.1:7711");
    expect(settings).toContain("server.default_listen_address=127.0.0.1");
    expect(settings).toContain("server.http.enabled=false");
    expect(settings).toContain("dbms.security.auth_enabled=true");
  });

  it("sizes heap and page cache explicitly and reports no usage data", () => {
    expect(settings).toContain("server.memory.heap.max_size=1g");
    expect(settings).toContain("server.memory.pagecache.size=256m");
    expect(settings).toContain("dbms.usage_report.enabled=false");
  });

  it("has no duplicate keys and no trailing comments, which strict validation rejects", () => {
    const keys = settings.map((line) => line.split("=")[0]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(settings.every((line) => !line.includes("#"))).toBe(true);
  });
});
