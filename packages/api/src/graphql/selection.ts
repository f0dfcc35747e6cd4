/** What a request selects under the field being resolved, so that the engine computes only that. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Every field path selected under the current field, by field name (not alias), fragments followed:
 * `{ level applicable { route jurisdictionPath { id } } }` gives level, applicable, applicable.route,
 * applicable.jurisdictionPath, applicable.jurisdictionPath.id. Fields under @skip/@include count as selected.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const paths = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, prefix: string, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const path = `${prefix}${selection.name.value}`;
        paths.add(path);
        visit(selection.selectionSet, `${path}.`, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, prefix, seen);
      } else if (!seen.has(selection.name.value)) {
        // Validation forbids fragment cycles; `seen` keeps a spread repeated on one path from being walked twice.
        visit(info.fragments[selection.name.value]?.selectionSet, prefix, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, '', new Set());
  return paths;
}
