import { describe, expect, it } from "vitest";
import { luceneQuery } from "../../src/api/queries/lucene-query.js";
import { KgError } from "../../src/domain/errors.js";

describe("luceneQuery", () => {
  it("folds diacritics and đ so Vietnamese input matches the folded index", () => {
    expect(luceneQuery("Nguyễn Long Hải")).toBe(luceneQuery("nguyen long hai"));
    expect(luceneQuery("Điện Biên")).toContain("dien^3");
  });

  it("makes words of three letters or more fuzzy by one edit and keeps short words exact", () => {
    const q = luceneQuery("nghe an");
    expect(q).toContain("(nghe^3 OR nghe~1)");
    expect(q).toMatch(/(^| )an( |$)/);
    expect(q).not.toContain("an~1");
  });

  it("boosts the whole phrase when there are several words", () => {
    expect(luceneQuery("le van quy")).toContain('"le van quy"^6');
    expect(luceneQuery("quy")).not.toContain('"');
  });

  it("lets no Lucene syntax through from the input", () => {
    const q = luceneQuery('a* OR name:"x" AND (b~9) \\ -c +d ^e [f TO g] {h} / !i');
    const words = q.replace(/\((\w+)\^3 OR \1~1\)/g, "").replace(/"[a-z0-9 ]+"\^6/, "");
    expect(words).toMatch(/^[a-z0-9 ]*$/);
  });

  it("rejects text without letters or digits, and overly long text, as BAD_USER_INPUT on text", () => {
    for (const text of ["", "  ", "!!! ???", "x".repeat(201)]) {
      try {
        luceneQuery(text);
        expect.unreachable(`accepted ${JSON.stringify(text)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(KgError);
        expect((error as KgError).code).toBe("BAD_USER_INPUT");
        expect((error as KgError).message).toMatch(/^text: /);
      }
    }
  });
});
