import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { explanationFor } from './resolvers/coverage.js';
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
    });
  });

  it('asks for excluded rules when they or their counts are selected, and for both when the summary is', () => {
    const rules = ['strictest.rules'];
    expect(explanationFor(compliance('excludedByReason { reason count }'), 'items.coverage.', rules)).toEqual({
      excluded: true,
      paths: false,
    });
    expect(explanationFor(compliance('summary'), 'items.coverage.', rules)).toEqual({ excluded: true, paths: true });
  });

  it('asks for paths when any rule list selects them, including the strictest rules', () => {
    const info = compliance('level', 'rules { technologyPath { id } }');
    expect(explanationFor(info, 'items.coverage.', ['strictest.rules'])).toEqual({ excluded: false, paths: true });
  });
});
