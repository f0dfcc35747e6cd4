import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { detail, explanationFor } from './resolvers/coverage.js';
import { selectedPaths } from './selection.js';

/** The resolve info of the operation's first root field. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const [root] = operation.selectionSet.selections;
  if (root?.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [root], fragments };
}

describe('selectedPaths', () => {
  it('lists field paths by name, through aliases, inline fragments and named fragments', () => {
    const info = infoOf(`
      query { coverage(jurisdiction: "x", technology: "y", activity: use) {
        lvl: level
        ... on Coverage { applicable { ...R } }
      } }
      fragment R on Rule { route jurisdictionPath { id } }`);
    expect([...selectedPaths(info)].sort()).toEqual([
      'applicable',
      'applicable.jurisdictionPath',
      'applicable.jurisdictionPath.id',
      'applicable.route',
      'level',
    ]);
  });
});

describe('explanationFor', () => {
  const compliance = (items: string, strictest = 'level') =>
    infoOf(`query { complianceCheck(footprint: []) { items { coverage { ${items} } } strictest { ${strictest} } } }`);

  it('asks for neither excluded rules nor paths when only levels and applicable routes are selected', () => {
    expect(
      explanationFor(compliance('level applicable { instrument { id } route }'), 'items.coverage.', [
        'strictest.rules',
      ]),
    ).toEqual({
      excluded: false,
      paths: false,
      details: false,
    });
  });

  it('asks for excluded rules when they or their counts are selected, and for both when the summary is', () => {
    const rules = ['strictest.rules'];
    expect(explanationFor(compliance('excludedByReason { reason count }'), 'items.coverage.', rules)).toEqual({
      excluded: true,
      paths: false,
      details: false,
    });
    expect(explanationFor(compliance('summary'), 'items.coverage.', rules)).toEqual({
      excluded: true,
      paths: true,
      details: false,
    });
  });

  it('asks for paths when any rule list selects them, including the strictest rules', () => {
    const info = compliance('level', 'rules { technologyPath { id } }');
    expect(explanationFor(info, 'items.coverage.', ['strictest.rules'])).toEqual({
      excluded: false,
      paths: true,
      details: false,
    });
  });

  it('asks for details when a rule list selects any field beyond the instrument id and name, mode, level, provision, route and reason', () => {
    const lean = 'instrument { __typename id name } mode level provision route excludedBecause __typename';
    const details = (items: string, strictest = 'level') =>
      explanationFor(compliance(items, strictest), 'items.coverage.', ['strictest.rules']).details;
    expect(details(`applicable { ${lean} } excluded { ${lean} jurisdictionPath { id } }`)).toBe(false);
    for (const field of ['activities', 'actorsCovered', 'condition', 'from', 'until', 'sources { id }']) {
      expect(details(`applicable { ${field} }`), field).toBe(true);
      expect(details(`excluded { ${field} }`), field).toBe(true);
      expect(details('level', `rules { ${field} }`), field).toBe(true);
    }
    for (const field of ['nameFr', 'kind', 'binding', 'status', 'citation', 'url', 'inForce', 'repealed'])
      expect(details(`applicable { instrument { id ${field} } }`), field).toBe(true);
    // The sources of a coverage are those of its applicable rules.
    expect(details('level sources { id }')).toBe(true);
    // Through aliases and fragments.
    const info = infoOf(`query { coverage(jurisdiction: "x", technology: "y", activity: use) {
        ... on Coverage { a: applicable { ...R } } } }
      fragment R on Rule { i: instrument { c: citation } }`);
    expect(explanationFor(info, '').details).toBe(true);
  });
});

describe('detail', () => {
  it('fails loudly, naming the field, when a rule row was read without its details', () => {
    const lean = {} as Parameters<typeof detail>[0];
    expect(() => detail(lean, 'activities')).toThrow('Rule.activities was selected but not read (explanationFor)');
    expect(detail({ ...lean, condition: null }, 'condition')).toBeNull();
  });
});
