import { type ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page sits in its list (Relay cursor connections).", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface PageEdgeValue<N> {
  cursor: string;
  node: N;
}

export interface ConnectionValue<N> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: PageEdgeValue<N>[];
}

/** `<Name>Connection { totalCount pageInfo edges { cursor node } }` for one node type. */
export function connectionOf<N extends object>(node: ClassType<N>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class PageEdge {
    @Field(() => String, { description: "Pass as `after` to get the items after this one." })
    cursor!: string;

    @Field(() => node)
    node!: N;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, in a stable order.`, simpleResolvers: true })
  class Connection {
    @Field(() => Int, { description: "How many items match the filter, across all pages." })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [PageEdge])
    edges!: PageEdge[];
  }
  return Connection;
}
