/**
 * The coverage and gap engine on a hand-built graph (tests/fixtures/engine-graph). Every expected answer
 * was worked out by hand from the fixture and docs/coverage.md; the comment above each says how.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTOR_CLASSES } from '@lacuna/model';
import type { Graph } from '@lacuna/api';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSeed } from '@lacuna/api';
import { cellKey, coverageCells } from '../../packages/api/src/engine/coverage.js';
import {
  packList,
  refreshCoverage,
  separateWrites,
  storeCoverage,
  STORED_LEVEL_WIDTH,
  unpackList,
} from '../../packages/api/src/engine/coverage-store.js';
import { forgetEvidence, storeEvidence } from '../../packages/api/src/engine/evidence-store.js';
import { forgetRuleIndex, storeRuleIndex } from '../../packages/api/src/engine/rule-index.js';
import { FULL_EXPLANATION } from '../../packages/api/src/engine/types.js';
import { todayUtc } from '../../packages/api/src/seed/validate.js';
import { startTestApi } from '../setup/graph.js';
import type { GraphqlClient } from '../setup/http.js';

const COVERAGE = `query($j: ID!, $t: ID!, $a: Activity!, $actor: ActorClass, $asOf: Date) {
  coverage(jurisdiction: $j, technology: $t, activity: $a, actor: $actor, asOf: $asOf) {
    level strongestMode isGap summary
    applicable { instrument { id } mode level route provision jurisdictionPath { id via } technologyPath { id } sources { id } }
    excluded { instrument { id } excludedBecause route }
    excludedCount excludedByReason { reason count }
  }
}`;

interface Rule {
  instrument: { id: string };
  mode: string;
  level: string;
  route: string;
  jurisdictionPath: { id: string; via: string | null }[];
  technologyPath: { id: string }[];
  sources: { id: string }[];
}
interface Coverage {
  level: string;
  strongestMode: string | null;
  isGap: boolean;
  summary: string;
  applicable: Rule[];
  excluded: { instrument: { id: string }; excludedBecause: string; route: string }[];
  excludedCount: number;
  excludedByReason: { reason: string; count: number }[];
}

describe('coverage and gap engine (hand-built fixture)', () => {
  let graph: Graph;
  let api: GraphqlClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ graph, api, stop } = await startTestApi('engine-graph'));
  });
  afterAll(() => stop());

  const coverage = async (j: string, t: string, a: string, actor: string, asOf: string) =>
    (await api.data<{ coverage: Coverage }>(COVERAGE, { j, t, a, actor, asOf })).coverage;
  const applying = (c: Coverage) => c.applicable.map((r) => r.instrument.id).sort();
  const excludedAs = (c: Coverage, id: string) =>
    c.excluded.filter((r) => r.instrument.id === id).map((r) => r.excludedBecause);

  it('inherits a union regulation through dated membership, and down the taxonomy', async () => {
    // 2015: the union data act is not in force yet (2018); XA's own general law still is → general.
    const early = await coverage('XA', 't_face', 'use', 'all', '2015-06-01');
    expect(early.level).toBe('general');
    expect(excludedAs(early, 'union-data-act')).toEqual(['NOT_YET_IN_FORCE']);
    // 2019: XA is a member of UNION; the data act regulates t_bio, an ancestor of t_face → specific.
    // XA's own law was repealed on 2019-01-01. Soft code covers private actors only.
    const c = await coverage('XA', 't_face', 'use', 'all', '2019-06-01');
    expect(c.level).toBe('specific');
    expect(applying(c)).toEqual(['union-data-act']);
    expect(excludedAs(c, 'xa-old-law')).toEqual(['REPEALED']);
    const rule = c.applicable.find((r) => r.instrument.id === 'union-data-act');
    expect(rule?.route).toBe('MEMBER_OF');
    expect(rule?.jurisdictionPath).toEqual([
      { id: 'XA', via: null },
      { id: 'UNION', via: 'MEMBER_OF' },
      { id: 'union-data-act', via: 'APPLIES_IN' },
    ]);
    expect(rule?.technologyPath.map((s) => s.id)).toEqual(['t_face', 't_bio']);
    expect(rule?.sources.map((s) => s.id)).toContain('src-fx');
    expect(excludedAs(c, 'soft-code')).toEqual(['OTHER_ACTORS']);
    expect(excludedAs(c, 'treaty')).toEqual(['NOT_A_PARTY_AT_DATE']);
    expect(c.excludedCount).toBe(c.excluded.length);
    const reasons = c.excludedByReason.map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['REPEALED', 'OTHER_ACTORS', 'NOT_A_PARTY_AT_DATE']));
    expect(c.excludedByReason.reduce((sum, e) => sum + e.count, 0)).toBe(c.excludedCount);
  });

  it('drops the union law after the state leaves, and a repealed law', async () => {
    // 2021: XA left UNION on 2020-02-01 and its own law was repealed in 2019 → nothing applies.
    const c = await coverage('XA', 't_face', 'use', 'all', '2021-06-01');
    expect(c.level).toBe('none');
    expect(c.isGap).toBe(true);
    expect(excludedAs(c, 'union-data-act')).toEqual(['NOT_A_MEMBER_AT_DATE']);
    expect(excludedAs(c, 'xa-old-law')).toEqual(['REPEALED']);
  });

  it('applies a ban on remote biometric identification by law enforcement only once its provision applies', async () => {
    // The AI act is in force on 2024-08-01; its Art. 5 ban applies from 2025-02-02.
    expect((await coverage('XB', 't_rbi', 'use', 'law_enforcement', '2024-06-01')).level).toBe('specific');
    const before = await coverage('XB', 't_rbi', 'use', 'law_enforcement', '2025-01-01');
    expect(before.level).toBe('specific');
    expect(excludedAs(before, 'union-ai-act')).toContain('PROVISION_NOT_YET_APPLICABLE');
    const after = await coverage('XB', 't_rbi', 'use', 'law_enforcement', '2025-06-01');
    expect(after.level).toBe('prohibited');
    expect(after.strongestMode).toBe('ban');
    expect(after.summary).toMatch(
      /^On 2025-06-01, use of Remote biometric identification by law enforcement in State B is prohibited\./,
    );
  });

  it('filters by actor class: the law-enforcement ban does not cover private use', async () => {
    // Private use of t_rbi: the ban is for law enforcement → excluded; data act (all) → specific; soft code applies too.
    const c = await coverage('XB', 't_rbi', 'use', 'private', '2025-06-01');
    expect(c.level).toBe('specific');
    expect(applying(c)).toEqual(['soft-code', 'union-data-act']);
    expect(excludedAs(c, 'union-ai-act')).toContain('OTHER_ACTORS');
  });

  it('inherits through PART_OF and lets a local ban prohibit', async () => {
    const c = await coverage('XB-1', 't_face', 'use', 'public', '2025-06-01');
    expect(c.level).toBe('prohibited');
    expect(c.applicable[0]?.instrument.id).toBe('xb-1-face-ban');
    expect(c.applicable[0]?.route).toBe('TERRITORIAL');
    const union = c.applicable.find((r) => r.instrument.id === 'union-data-act');
    expect(union?.jurisdictionPath.map((s) => s.id)).toEqual(['XB-1', 'XB', 'UNION', 'union-data-act']);
  });

  it('counts a treaty only for its parties, from their date', async () => {
    const party = await coverage('XD', 't_face', 'use', 'public', '2025-06-01');
    expect(party.level).toBe('general');
    expect(party.applicable.map((r) => [r.instrument.id, r.route])).toEqual([['treaty', 'PARTY_TO']]);
    expect((await coverage('XD', 't_face', 'use', 'public', '2009-06-01')).level).toBe('none');
  });

  it('reports soft-law-only cells as gaps', async () => {
    const c = await coverage('XC', 't_face', 'use', 'private', '2025-06-01');
    expect(c.level).toBe('soft');
    expect(c.isGap).toBe(true);
  });

  it('matches the activity, and leaves out a law not yet in force', async () => {
    const c = await coverage('XC', 't_spy', 'export', 'all', '2025-06-01');
    expect(c.level).toBe('specific');
    expect(c.strongestMode).toBe('export_control');
    expect(excludedAs(c, 'xc-future-law')).toEqual(['NOT_YET_IN_FORCE']);
    const use = await coverage('XC', 't_spy', 'use', 'all', '2025-06-01');
    expect(excludedAs(use, 'xc-export-law')).toEqual(['OTHER_ACTIVITY']);
  });

  it('lists extraterritorial reach without letting it set the level', async () => {
    // The union data act reaches XC only extraterritorially; XC's own licence is for development only.
    const c = await coverage('XC', 't_face', 'data_processing', 'all', '2025-06-01');
    expect(c.level).toBe('none');
    expect(excludedAs(c, 'union-data-act')).toEqual(['EXTRATERRITORIAL_ONLY']);
    expect(excludedAs(c, 'xc-face-licence')).toEqual(['OTHER_ACTIVITY']);
  });

  it('counts rules on data processing for the use of a technology, not for its sale', async () => {
    // XA's data law (2026) covers processing face data only: using face recognition is processing.
    const use = await coverage('XA', 't_face', 'use', 'all', '2026-06-01');
    expect(use.level).toBe('specific');
    expect(applying(use)).toEqual(['xa-data-law']);
    const sale = await coverage('XA', 't_face', 'sale', 'all', '2026-06-01');
    expect(excludedAs(sale, 'xa-data-law')).toEqual(['OTHER_ACTIVITY']);
  });

  it('counts a ban limited to a setting as specific, not prohibited', async () => {
    const c = await coverage('XB', 't_emo', 'use', 'all', '2025-06-01');
    expect(c.level).toBe('specific');
    expect(c.applicable.find((r) => r.instrument.id === 'union-ai-act')).toMatchObject({
      mode: 'ban',
      level: 'specific',
    });
  });

  it('fills a matrix with one cell per jurisdiction and technology', async () => {
    const { coverageMatrix } = await api.data<{
      coverageMatrix: { cells: { jurisdiction: string; technology: string; level: string }[] };
    }>(
      `{ coverageMatrix(jurisdictions: ["XA", "XB", "XC", "XD"], technologies: ["t_face", "t_spy"], activity: use, actor: public, asOf: "2025-06-01") {
          cells { jurisdiction technology level } } }`,
    );
    expect(coverageMatrix.cells).toHaveLength(8);
    const level = (j: string, t: string) =>
      coverageMatrix.cells.find((c) => c.jurisdiction === j && c.technology === t)?.level;
    // XA left the union; XB has the union data act (specific); XC nothing for public use; XD the treaty (general).
    expect([level('XA', 't_face'), level('XB', 't_face'), level('XC', 't_face'), level('XD', 't_face')]).toEqual([
      'none',
      'specific',
      'none',
      'general',
    ]);
    expect(level('XB', 't_spy')).toBe('none');
  });

  it('finds conflicts and the strictest common requirement in a footprint', async () => {
    const { complianceCheck: report } = await api.data<{
      complianceCheck: {
        items: { coverage: { level: string } }[];
        conflicts: { kind: string; items: number[] }[];
        strictest: {
          technology: { id: string };
          activity: string;
          level: string;
          mode: string;
          rules: { instrument: { id: string } }[];
        }[];
        uncovered: number[];
        softOnly: number[];
        summary: { prohibited: number; none: number; conflicts: number };
      };
    }>(
      `query($f: [FootprintItemInput!]!) { complianceCheck(footprint: $f, asOf: "2025-06-01") {
        items { coverage { level } } conflicts { kind items } uncovered softOnly
        strictest { technology { id } activity level mode rules { instrument { id } } }
        summary { prohibited none conflicts } } }`,
      {
        f: [
          { jurisdiction: 'XB-1', technology: 't_face', activity: 'use', actor: 'public' },
          { jurisdiction: 'XC', technology: 't_face', activity: 'use', actor: 'public' },
          { jurisdiction: 'XB', technology: 't_face', activity: 'development', actor: 'all' },
          { jurisdiction: 'XC', technology: 't_face', activity: 'development', actor: 'all' },
        ],
      },
    );
    expect(report.items.map((i) => i.coverage.level)).toEqual(['prohibited', 'none', 'specific', 'specific']);
    expect(report.conflicts).toEqual([
      { kind: 'PROHIBITED_VS_ALLOWED', items: [0, 1] },
      { kind: 'DIFFERENT_MODES', items: [2, 3] },
    ]);
    expect(report.uncovered).toEqual([1]);
    const use = report.strictest.find((s) => s.activity === 'use');
    expect(use).toMatchObject({ level: 'prohibited', mode: 'ban', rules: [{ instrument: { id: 'xb-1-face-ban' } }] });
    // A licence (XC) is stricter than safeguards (XB): meet the licence and you meet both.
    const processing = report.strictest.find((s) => s.activity === 'development');
    expect(processing).toMatchObject({
      level: 'specific',
      mode: 'licence',
      rules: [{ instrument: { id: 'xc-face-licence' } }],
    });
    expect(report.summary).toEqual({ prohibited: 1, none: 1, conflicts: 2 });
  });

  it('finds obligation, export and actor-exposure gaps', async () => {
    const data = await api.data<{
      obligationGaps: {
        jurisdiction: { id: string };
        technology: { id: string };
        requiredLevel: string;
        actualLevel: string;
        route: string;
      }[];
      exportGaps: {
        vendor: { id: string };
        home: { id: string };
        destination: { id: string };
        homeLevel: string;
        destinationLevel: string;
      }[];
      actorExposure: { items: { relation: string; jurisdiction: { id: string }; level: string }[] };
    }>(`{
      obligationGaps(asOf: "2025-06-01") { jurisdiction { id } technology { id } requiredLevel actualLevel route }
      exportGaps(asOf: "2025-06-01") { vendor { id } home { id } destination { id } homeLevel destinationLevel }
      actorExposure(actor: "client-c", asOf: "2025-06-01") { items { relation jurisdiction { id } level } }
    }`);
    // The resolution (soft, applies through INT) asks for a ban of t_face use; no national level reaches prohibited.
    expect(data.obligationGaps.map((g) => [g.jurisdiction.id, g.actualLevel]).sort()).toEqual([
      ['XA', 'none'],
      ['XB', 'specific'],
      ['XC', 'none'],
      ['XD', 'none'],
    ]);
    expect(data.obligationGaps.every((g) => g.requiredLevel === 'prohibited' && g.route === 'PART_OF')).toBe(true);
    // Vendor W (XD: no export rule) sells spyware into XC, where its use is not covered.
    expect(data.exportGaps).toEqual([
      {
        vendor: { id: 'vendor-w' },
        home: { id: 'XD' },
        destination: { id: 'XC' },
        homeLevel: 'none',
        destinationLevel: 'none',
      },
    ]);
    // Client C's provider deploys face recognition in XC, where private use has only soft law.
    expect(data.actorExposure.items).toEqual([{ relation: 'PROVIDER', jurisdiction: { id: 'XC' }, level: 'soft' }]);
  });

  it('gives every cell the same level explained (coverage), computed live (coverage-best) or stored', async () => {
    const jurisdictions = ['INT', 'UNION', 'XA', 'XB', 'XB-1', 'XC', 'XD'];
    const technologies = ['t_surv', 't_bio', 't_face', 't_rbi', 't_emo', 't_spy'];
    let compared = 0;
    let storedRoutes = 0;
    try {
      for (const asOf of ['2009-06-01', '2019-06-01', '2021-06-01', '2025-01-01', '2025-06-01', '2026-06-01']) {
        storedRoutes += (await storeCoverage(separateWrites(graph, 'test.store'), asOf)).routes;
        for (const activity of ACTIVITIES) {
          for (const actor of ACTOR_CLASSES) {
            const query = { jurisdictions, technologies, activity, actor, asOf };
            const [explained, live, stored] = await Promise.all([
              coverageCells(graph, query, FULL_EXPLANATION),
              coverageCells(graph, query, false, { stored: false }),
              coverageCells(graph, query, false),
            ]);
            for (const [key, cell] of explained) {
              const expected = { asOf, activity, actor, key, level: cell.level, mode: cell.strongestMode };
              for (const other of [live.get(key), stored.get(key)])
                expect({ asOf, activity, actor, key, level: other?.level, mode: other?.strongestMode }).toEqual(
                  expected,
                );
              expect(stored.get(key)?.applying).toBe(live.get(key)?.applying);
              compared++;
            }
          }
        }
      }
    } finally {
      await storeCoverage(separateWrites(graph, 'test.store'), todayUtc());
    }
    expect(storedRoutes).toBeGreaterThan(6);
    expect(compared).toBe(6 * ACTIVITIES.length * ACTOR_CLASSES.length * jurisdictions.length * technologies.length);
  });

  it('explains only what is asked: without excluded rules, paths or details, the same rules apply, by the same routes', async () => {
    let compared = 0;
    for (const asOf of ['2019-06-01', '2025-06-01']) {
      for (const actor of ACTOR_CLASSES) {
        const query = {
          jurisdictions: ['INT', 'UNION', 'XA', 'XB', 'XB-1', 'XC', 'XD'],
          technologies: ['t_surv', 't_face', 't_rbi', 't_spy'],
          activity: 'use' as const,
          actor,
          asOf,
        };
        const [full, lean, pathsOnly] = await Promise.all([
          coverageCells(graph, query, FULL_EXPLANATION),
          coverageCells(graph, query, { excluded: false, paths: false, details: false }),
          coverageCells(graph, query, { excluded: false, paths: true, details: false }),
        ]);
        for (const [key, cell] of full) {
          const other = lean.get(key);
          // Without details a rule is its instrument's id and name, mode, level, provision, route and reason.
          const applying = (rules: typeof cell.rules, paths: boolean) =>
            rules
              .filter((r) => r.reason === null)
              .map(({ instrument, mode, level, provision, route, reason, jpath, tpath }) => ({
                instrument: { id: instrument.id, name: instrument.name },
                mode,
                level,
                provision,
                route,
                reason,
                jpath: paths ? jpath : [],
                tpath: paths ? tpath : [],
              }));
          expect({ key, level: other?.level, mode: other?.strongestMode, applying: other?.applying }).toEqual({
            key,
            level: cell.level,
            mode: cell.strongestMode,
            applying: cell.applying,
          });
          expect(other?.rules).toEqual(applying(cell.rules, false));
          expect(pathsOnly.get(key)?.rules).toEqual(applying(cell.rules, true));
          expect(other?.excludedCounts).toEqual([]);
          if (cell.rules.some((r) => r.reason === null)) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('explains every cell the same with the rule index as without it, and reads it when it is there', async () => {
    const jurisdictions = ['INT', 'UNION', 'XA', 'XB', 'XB-1', 'XC', 'XD'];
    const technologies = ['t_surv', 't_bio', 't_face', 't_rbi', 't_emo', 't_spy'];
    const explainAll = () =>
      Promise.all(
        ['2009-06-01', '2019-06-01', '2025-06-01'].flatMap((asOf) =>
          ACTOR_CLASSES.flatMap((actor) =>
            [FULL_EXPLANATION, { excluded: false, paths: false, details: false }].map(async (explain) => [
              ...(await coverageCells(graph, { jurisdictions, technologies, activity: 'use', actor, asOf }, explain)),
            ]),
          ),
        ),
      );
    const indexed = await explainAll();
    const run = separateWrites(graph, 'test.index');
    try {
      await forgetRuleIndex(run);
      expect(await explainAll()).toEqual(indexed);
      expect(indexed.flat().filter(([, cell]) => cell.rules.length > 0).length).toBeGreaterThan(100);
      // An index that misses an instrument hides it: the index, when complete, is what answered.
      await storeRuleIndex(run);
      // Every list of an entry holds one position per rule: drop that instrument's positions from all of them.
      const entries = await graph.read(
        "MATCH (e:RulesByTarget) WHERE 'xc-face-licence' IN e.instruments RETURN e.key AS key, properties(e) AS props",
        {},
        { name: 'test' },
      );
      expect(entries.length).toBeGreaterThan(0);
      for (const { key, props } of entries) {
        const entry = props as Record<string, unknown[]> & { instruments: string[] };
        const kept = entry.instruments.flatMap((id, k) => (id === 'xc-face-licence' ? [] : [k]));
        const lists = Object.entries(entry).map(([name, v]) => [name, Array.isArray(v) ? kept.map((k) => v[k]) : v]);
        await graph.write(
          'MATCH (e:RulesByTarget {key: $key}) SET e = $props',
          { key, props: Object.fromEntries(lists) },
          {
            name: 'test',
          },
        );
      }
      const face = async () =>
        (
          await coverageCells(
            graph,
            { jurisdictions: ['XC'], technologies: ['t_face'], activity: 'use', actor: 'private', asOf: '2025-06-01' },
            FULL_EXPLANATION,
          )
        ).get(cellKey('XC', 't_face'));
      expect((await face())?.rules.map((r) => r.instrument.id)).not.toContain('xc-face-licence');
      // An index of another format (an earlier version's) counts as none.
      await graph.write('MATCH (s:RuleIndexState) SET s.format = -1', {}, { name: 'test' });
      expect((await face())?.rules.map((r) => r.instrument.id)).toContain('xc-face-licence');
    } finally {
      await storeRuleIndex(run);
    }
  });

  it('explains a cell asked for twice once, with each rule once', async () => {
    const query = {
      jurisdictions: ['XC'],
      technologies: ['t_face'],
      activity: 'use' as const,
      actor: 'private' as const,
    };
    const once = await coverageCells(graph, { ...query, asOf: '2025-06-01' }, FULL_EXPLANATION);
    const twice = await coverageCells(
      graph,
      {
        ...query,
        asOf: '2025-06-01',
        pairs: [
          ['XC', 't_face'],
          ['XC', 't_face'],
        ],
      },
      FULL_EXPLANATION,
    );
    const cell = twice.get(cellKey('XC', 't_face'));
    expect(cell?.rules.length).toBeGreaterThan(0);
    expect(twice).toEqual(once);
  });

  it('lists at most maxExcluded excluded rules per reason, and counts them all', async () => {
    const query = {
      jurisdictions: ['XA', 'XB', 'XB-1', 'XC', 'XD'],
      technologies: ['t_face', 't_rbi', 't_spy'],
      activity: 'use' as const,
      actor: 'law_enforcement' as const,
      asOf: '2025-06-01',
    };
    const [all, capped] = await Promise.all([
      coverageCells(graph, query, FULL_EXPLANATION),
      coverageCells(graph, { ...query, maxExcluded: 1 }, FULL_EXPLANATION),
    ]);
    let cut = 0;
    for (const [key, cell] of all) {
      const excluded = cell.rules.filter((r) => r.reason !== null);
      const perReason = new Map<string, number>();
      for (const r of excluded) perReason.set(String(r.reason), (perReason.get(String(r.reason)) ?? 0) + 1);
      // Uncapped (20 per reason is more than the fixture has), the counts are the rules listed.
      expect(new Map(cell.excludedCounts.map((e) => [e.reason, e.count]))).toEqual(perReason);
      const other = capped.get(key);
      expect(other?.excludedCounts).toEqual(cell.excludedCounts);
      expect(other?.rules.filter((r) => r.reason === null)).toEqual(cell.rules.filter((r) => r.reason === null));
      const listed = other?.rules.filter((r) => r.reason !== null) ?? [];
      expect(listed.length).toBe(perReason.size);
      cut += excluded.length - listed.length;
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('reads stored route levels only for their date, and a load replaces them', async () => {
    const today = todayUtc();
    const state = async () =>
      (await graph.read(
        'MATCH (s:CoverageBestState) RETURN toString(s.asOf) AS asOf, s.complete AS complete',
        {},
        { name: 'test' },
      )) as { asOf: string; complete: boolean }[];
    expect(await state()).toEqual([{ asOf: today, complete: true }]);
    // Corrupt a stored row: only a query for the stored date sees it, which proves which path answered.
    const stored = await graph.read(
      "MATCH (s:CoverageBest) WHERE s.key ENDS WITH '|use|private' RETURN s.key AS key, s.levels AS levels",
      {},
      { name: 'test' },
    );
    const corrupted = stored.map((s) => ({
      key: s.key,
      levels: packList(
        // Every target's level rank (the second of its four numbers) made 0: prohibited.
        unpackList<number>(s.levels).map((value, k) => (k % STORED_LEVEL_WIDTH === 1 ? 0 : value)),
      ),
    }));
    await graph.write(
      'UNWIND $rows AS row MATCH (s:CoverageBest {key: row.key}) SET s.levels = row.levels',
      { rows: corrupted },
      { name: 'test' },
    );
    const cell = async (asOf: string) =>
      (
        await coverageCells(
          graph,
          { jurisdictions: ['XC'], technologies: ['t_face'], activity: 'use', actor: 'private', asOf },
          false,
        )
      ).get(cellKey('XC', 't_face'))?.level;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await cell(today)).toBe('prohibited');
    expect(await cell(yesterday)).toBe('soft');
    expect(await refreshCoverage(graph, today)).toBeNull();
    // A store written in another format (an earlier version's) counts as none: live levels, then rewritten.
    await graph.write('MATCH (s:CoverageBestState) SET s.format = 1', {}, { name: 'test' });
    expect(await cell(today)).toBe('soft');
    expect((await refreshCoverage(graph, today))?.asOf).toBe(today);
    expect(await cell(today)).toBe('soft');
    await loadSeed(graph, resolve(import.meta.dirname, '../fixtures/engine-graph'));
    expect(await cell(today)).toBe(await cell(yesterday));
    expect(await state()).toEqual([{ asOf: today, complete: true }]);
  });

  it('gives the same gap list from the stored evidence as computed live from the deployments', async () => {
    const query = `{ gaps(filter: { asOf: "2025-06-01" }, first: 200) {
      totalCount edges { node { id kind score deploymentCount deployments { id } explanation } } } }`;
    type Gaps = { gaps: { totalCount: number; edges: { node: { kind: string; deploymentCount: number } }[] } };
    const stored = await api.data<Gaps>(query);
    // A store of another format is ignored like a missing one.
    await graph.write('MATCH (s:EvidenceStoredState) SET s.format = 1', {}, { name: 'test' });
    await graph.write('MATCH (s:DeploymentsStored) SET s.entries = "[]"', {}, { name: 'test' });
    expect(await api.data<Gaps>(query)).toEqual(stored);
    await forgetEvidence(separateWrites(graph, 'test.forget'));
    try {
      expect(await api.data<Gaps>(query)).toEqual(stored);
    } finally {
      await storeEvidence(separateWrites(graph, 'test.store'));
    }
    const kinds = new Set(stored.gaps.edges.map((e) => e.node.kind));
    expect([...kinds].sort()).toEqual(['COVERAGE', 'DEPLOYMENT', 'EXPORT', 'OBLIGATION']);
    expect(stored.gaps.edges.some((e) => e.node.deploymentCount > 1)).toBe(true);
  });

  it('ranks gaps by an adjustable score, each factor shown, and pages through them', async () => {
    const query = `query($w: GapWeightsInput, $after: String) {
      gaps(filter: { asOf: "2025-06-01", kinds: [DEPLOYMENT, COVERAGE] }, weights: $w, first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id kind score factors { name value weight } } } } }`;
    type Page = {
      gaps: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: {
          node: { id: string; kind: string; score: number; factors: { name: string; value: number; weight: number }[] };
        }[];
      };
    };
    // In XC, Provider P's face recognition is evidence for t_face, t_bio and t_surv, and Vendor W's spyware
    // sale for t_spy and t_surv; all other factors being equal, ties are ordered by id.
    const byEvidence = (await api.data<Page>(query, { w: { evidence: 5, risk: 0 } })).gaps;
    expect(byEvidence.edges.map((e) => e.node.id)).toEqual([
      'DEPLOYMENT:XC:t_bio:use',
      'DEPLOYMENT:XC:t_face:use',
      'DEPLOYMENT:XC:t_spy:use',
    ]);
    const top = byEvidence.edges[0]?.node;
    expect(top?.score).toBeCloseTo(top?.factors.reduce((p, f) => p * f.value ** f.weight, 1) ?? 0, 5);
    // Weighting risk instead puts an undeployed risk-5 technology first.
    const byRisk = (await api.data<Page>(query, { w: { evidence: 0, risk: 5 } })).gaps;
    expect(byRisk.edges[0]?.node.kind).toBe('COVERAGE');
    expect(byRisk.edges[0]?.node.factors.find((f) => f.name === 'risk')?.value).toBe(1);
    const scores = byRisk.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const next = (await api.data<Page>(query, { w: { evidence: 0, risk: 5 }, after: byRisk.pageInfo.endCursor })).gaps;
    expect(next.edges.map((e) => e.node.id)).not.toContain(byRisk.edges[0]?.node.id);
    expect(next.totalCount).toBe(byRisk.totalCount);
  });

  it('searches names with typos, and bounds the neighbourhood', async () => {
    const { search } = await api.data<{ search: { id: string }[] }>('{ search(text: "Provnce", first: 5) { id } }');
    expect(search.map((h) => h.id)).toContain('XB-1');
    const { neighbourhood } = await api.data<{
      neighbourhood: {
        nodes: { id: string; depth: number }[];
        edges: { source: string; target: string }[];
        truncated: boolean;
      };
    }>('{ neighbourhood(id: "XC", depth: 1, limit: 3) { nodes { id depth } edges { source target } truncated } }');
    expect(neighbourhood.nodes).toHaveLength(3);
    expect(neighbourhood.truncated).toBe(true);
    const ids = new Set(neighbourhood.nodes.map((n) => n.id));
    expect(neighbourhood.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('reports what changed between two dates', async () => {
    const { changes } = await api.data<{
      changes: {
        memberships: { jurisdiction: { id: string }; change: string }[];
        provisions: { instrument: { id: string }; change: string }[];
        cells: { jurisdiction: { id: string }; technology: { id: string }; before: string; after: string }[];
      };
    }>(
      `{ changes(from: "2019-06-01", to: "2025-06-01", activity: use, technologies: ["t_rbi"]) {
          memberships { jurisdiction { id } change } provisions { instrument { id } change }
          cells { jurisdiction { id } technology { id } before after } } }`,
    );
    expect(changes.memberships).toEqual([{ jurisdiction: { id: 'XA' }, change: 'LEFT' }]);
    expect(changes.provisions).toContainEqual({ instrument: { id: 'union-ai-act' }, change: 'STARTS' });
    // XA: specific (union data act) → none after leaving. For actor `all`, the LE-only ban does not change XB.
    expect(changes.cells).toEqual([
      { jurisdiction: { id: 'XA' }, technology: { id: 't_rbi' }, before: 'specific', after: 'none' },
    ]);
  });
  it("lets a body's treaty bind its members by MEMBER_OF, explained or not; in a place it binds its parties only", async () => {
    const fixture = resolve(import.meta.dirname, '../fixtures/engine-graph');
    const dir = mkdtempSync(join(tmpdir(), 'lacuna-body-treaty-'));
    cpSync(fixture, dir, { recursive: true });
    appendFileSync(
      join(dir, 'instruments/i.yaml'),
      [
        '- id: union-convention',
        '  name: Union convention',
        '  kind: treaty',
        '  binding: true',
        '  status: in_force',
        '  adopted: 2001-01-01',
        '  inForce: 2002-01-01',
        '  sources: [src-fx]',
        '  appliesIn: [UNION]',
        '  parties:',
        '    - { from: XB, since: 2006-01-01 }',
        '  regulates:',
        '    - { to: t_emo, mode: safeguards, activities: [use], actorsCovered: [all] }',
        '',
      ].join('\n'),
    );
    try {
      await loadSeed(graph, dir);
      const routes = async (jurisdictions: string[]) => {
        const query = { jurisdictions, technologies: ['t_emo'], activity: 'use' as const, actor: 'all' as const };
        const asOf = '2010-06-01';
        const answers = await Promise.all(
          [FULL_EXPLANATION, { excluded: false, paths: false, details: false }].map((explain) =>
            coverageCells(graph, { ...query, asOf }, explain),
          ),
        );
        return answers.map((cells) =>
          Object.fromEntries(
            jurisdictions.map((j) => [
              j,
              (cells.get(cellKey(j, 't_emo'))?.rules ?? [])
                .filter((r) => r.instrument.id === 'union-convention' && r.reason === null)
                .map((r) => r.route),
            ]),
          ),
        );
      };
      // XA is a member, not a party (2000–2020): bound as a member. XB is both: the party route ranks first.
      // The union itself holds the treaty as a place: it is not a party. XC is neither.
      const expected = { XA: ['MEMBER_OF'], XB: ['PARTY_TO'], XC: [], UNION: [] };
      expect(await routes(['XA', 'XB', 'XC', 'UNION'])).toEqual([expected, expected]);
      // The union alone (reached as a place only) and XA alone (the union reached as a body only).
      expect(await routes(['UNION'])).toEqual([{ UNION: [] }, { UNION: [] }]);
      expect(await routes(['XA'])).toEqual([{ XA: ['MEMBER_OF'] }, { XA: ['MEMBER_OF'] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await graph.write("MATCH (i:Instrument {id: 'union-convention'}) DETACH DELETE i", {}, { name: 'test' });
      await loadSeed(graph, fixture);
    }
  });
});
