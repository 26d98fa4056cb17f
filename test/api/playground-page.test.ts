import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/api/playground/examples.js";
import { playgroundPage } from "../../src/api/playground/playground.js";

describe("the playground page", () => {
  const page = playgroundPage();

  it("loads no script, style, font or image from another host", () => {
    const external = [...page.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/gi)].map((m) => m[0]);
    expect(external).toEqual([]);
    expect(page).not.toMatch(/@import\s+url\(["']?https?:/i);
  });

  it("opens with the contract queries as ready tabs", () => {
    for (const example of EXAMPLES) expect(page).toContain(JSON.stringify(example.query).slice(1, 60));
    expect(EXAMPLES.map((e) => e.name)).toContain("WhoDirectedLangSon2019");
  });
});
