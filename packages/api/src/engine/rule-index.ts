/**
 * The rule index: for each jurisdiction and technology, every rule (REGULATES edge) naming that technology
 * of the instruments applying in the jurisdiction or that it is party to, with the rule's link to the
 * jurisdiction (APPLIES_IN or PARTY_TO, its dates, reach from abroad) and its provision (mode, dates,
 * activities, actors), as (:RulesByTarget {key: '<jurisdiction>|<technology>', instruments, via, …}) nodes of
 * parallel lists (rule-index-store.cypher, the values from rule-rows.cypher). coverage.cypher reads it to consider only the rules naming a
 * cell's technology or one of its ancestors, instead of every instrument reaching the cell's jurisdiction,
 * and gates them on these values instead of walking each instrument's relationships (docs/benchmarks.md):
 * the work then grows with the answer, not with the law of the place.
 *
 * It holds no date, so it stays correct until the graph changes: the loader forgets it before it writes
 * and writes it again after (in the same transaction for an atomic load), like the other stores
 * (coverage-store.ts). (:RuleIndexState {complete: true, format}) marks a finished index of the current
 * STORE_FORMAT; without one, coverage.cypher considers every instrument, with the same answer.
 */
import { cypher } from './cypher.js';
import { deleteInBatches, STORE_FORMAT, type Run } from './coverage-store.js';

const FORGET = `
MATCH (n:RulesByTarget|RuleIndexState)
WITH n LIMIT 50000
DELETE n
RETURN count(*) AS deleted`;

/** Owners with the instrument links each holds, to cut the index into bounded writes. */
const OWNERS = `
MATCH (j:Jurisdiction)
WITH j, COUNT { (j)<-[:APPLIES_IN]-(:Instrument) } + COUNT { (j)-[:PARTY_TO]->(:Instrument) } AS links
WHERE links > 0
RETURN j.id AS id, links
ORDER BY id`;

/** Instrument links read per write: bounds a transaction's memory at any size. */
const CHUNK_LINKS = 40_000;

export const forgetRuleIndex = (run: Run) => deleteInBatches(run, FORGET);

export async function storeRuleIndex(run: Run): Promise<{ entries: number; seconds: number }> {
  const started = performance.now();
  await forgetRuleIndex(run);
  const chunks: string[][] = [[]];
  let links = 0;
  for (const owner of await run(OWNERS, {})) {
    const weight = Number(owner.links);
    if (links > 0 && links + weight > CHUNK_LINKS) {
      chunks.push([]);
      links = 0;
    }
    chunks.at(-1)?.push(String(owner.id));
    links += weight;
  }
  let entries = 0;
  for (const owners of chunks)
    if (owners.length > 0) entries += Number((await run(cypher('rule-index-store'), { owners }))[0]?.written ?? 0);
  await run('CREATE (:RuleIndexState {complete: true, format: $format, entries: $entries})', {
    format: STORE_FORMAT,
    entries,
  });
  return { entries, seconds: (performance.now() - started) / 1000 };
}

const COMPLETE = `OPTIONAL MATCH (s:RuleIndexState {complete: true, format: $format}) RETURN s IS NOT NULL AS complete`;

/** Writes the rule index unless a complete one is there; null when it was. */
export async function refreshRuleIndex(run: Run): Promise<{ entries: number; seconds: number } | null> {
  const [row] = await run(COMPLETE, { format: STORE_FORMAT });
  return row?.complete === true ? null : storeRuleIndex(run);
}
