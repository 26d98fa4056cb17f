import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** Names selected directly under the current field, through fragments and inline fragments. */
export function selectedNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else visit(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** A list's totals cost a second pass over the matches: only when totalCount or pageInfo is asked for. */
export function wantsTotals(info: GraphQLResolveInfo): boolean {
  const names = selectedNames(info);
  return names.has("totalCount") || names.has("pageInfo");
}
