/** The technology taxonomy (a DAG) as an indented list for pickers: parents before their subtypes. */
export interface TaxonomyNode {
  id: string;
  name: string;
  nameFr?: string | null;
  parents: readonly { id: string }[];
}

export interface TaxonomyRow<T> {
  node: T;
  depth: number;
  hasChildren: boolean;
}

/** Each technology appears once, under its first parent in the list, depth-first, siblings by name. */
export function taxonomyRows<T extends TaxonomyNode>(nodes: readonly T[], nameOf: (n: T) => string): TaxonomyRow<T>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const node of nodes) {
    const parent = node.parents.find((p) => byId.has(p.id));
    if (!parent) roots.push(node);
    else children.set(parent.id, [...(children.get(parent.id) ?? []), node]);
  }
  const hasChild = new Set(nodes.flatMap((n) => n.parents.map((p) => p.id)));
  const sort = (list: T[]) => [...list].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const rows: TaxonomyRow<T>[] = [];
  const seen = new Set<string>();
  const visit = (node: T, depth: number) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    rows.push({ node, depth, hasChildren: hasChild.has(node.id) });
    for (const child of sort(children.get(node.id) ?? [])) visit(child, depth + 1);
  };
  for (const root of sort(roots)) visit(root, 0);
  return rows;
}
