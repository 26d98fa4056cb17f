import { GraphQLError, Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DateScalar, isCalendarDate } from "../../src/api/scalars/date.scalar.js";

describe("Date scalar", () => {
  it("accepts calendar days and refuses days that do not exist", () => {
    expect(isCalendarDate("2019-01-17")).toBe(true);
    expect(isCalendarDate("2020-02-29")).toBe(true);
    for (const bad of ["2019-02-29", "2019-13-01", "2019-1-7", "17/01/2019", "2019-01-17T00:00:00Z"])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it("rejects a bad literal with BAD_USER_INPUT pointing at the literal", () => {
    const node = { kind: Kind.STRING, value: "2019-02-30" } as const;
    try {
      DateScalar.parseLiteral(node);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
      expect((error as GraphQLError).nodes?.[0]).toBe(node);
    }
  });

  it("passes dates through as the ISO strings the graph stores", () => {
    expect(DateScalar.parseValue("2014-01-02")).toBe("2014-01-02");
    expect(DateScalar.serialize("2014-01-02")).toBe("2014-01-02");
  });
});
