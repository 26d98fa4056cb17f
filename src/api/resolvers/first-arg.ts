import { Arg, Int } from "type-graphql";

/** The `first` argument every nested relation list takes; a parameter decorator so each field spells it the same way. */
export function FirstArg(): ReturnType<typeof Arg> {
  return Arg("first", () => Int, {
    nullable: true,
    description:
      "At most this many, in date-then-id order (the server's default when absent). For all of them, page through the root list with a filter.",
  });
}
