import { describe, expect, it } from "vitest";
import { entityIdArg, typedIdArg } from "../../src/api/queries/ids.js";
import { KgError } from "../../src/domain/errors.js";

function rejection(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("id arguments", () => {
  it("accepts well-formed ids and says which type the prefix names", () => {
    expect(entityIdArg("id", "person:nguyen-long-hai")).toBe("Person");
    expect(entityIdArg("id", "org:uy-ban-nhan-dan-tinh-lang-son")).toBe("Organization");
    expect(typedIdArg("id", "report:001-236fcbf8d3f98a13", "Report")).toBe("report:001-236fcbf8d3f98a13");
  });

  it("rejects malformed ids as BAD_USER_INPUT naming the argument", () => {
    for (const id of ["", "person", "Person:Nguyen", "person:nguyễn", "person:a b", "person:-a", "x".repeat(300)]) {
      const error = rejection(() => entityIdArg("from", id));
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/^from: /);
    }
  });

  it("rejects an id of another type and points report ids to report(id)", () => {
    expect(rejection(() => typedIdArg("id", "province:lang-son", "Person")).message).toContain('must start with "person:"');
    expect(rejection(() => entityIdArg("id", "report:x")).message).toContain("report(id)");
  });
});
