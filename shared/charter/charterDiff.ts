/**
 * A structured diff between two frozen charter versions: which sections and clauses were
 * added, removed or changed (and in which fields), and whether the Maklumat, the service flow,
 * the signatories or the content document changed. Enough to show "what changed since v1"
 * before anyone signs v2; the texts themselves are in the two documents.
 */
import type { CharterClause, CharterDocument } from './charterDocument';
import { canonicalJson } from './canonical';

export interface ClauseChange {
  clauseId: string;
  sectionCode: string;
  /** Fields of the clause that differ: text, commitment, status, consensus, dots, ... */
  fields: string[];
  from: { versionId: string; text: CharterClause['current']['text'] };
  to: { versionId: string; text: CharterClause['current']['text'] };
}

export interface CharterDiff {
  from: { charterVersion: number; frozenAt: string };
  to: { charterVersion: number; frozenAt: string };
  sections: { added: string[]; removed: string[]; notApplicableChanged: string[] };
  clauses: {
    added: { clauseId: string; sectionCode: string; text: CharterClause['current']['text'] }[];
    removed: { clauseId: string; sectionCode: string; text: CharterClause['current']['text'] }[];
    changed: ClauseChange[];
  };
  maklumatChanged: boolean;
  serviceFlowChanged: boolean;
  signatoriesChanged: boolean;
  contentChanged: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function clausesOf(doc: CharterDocument): Map<string, { sectionCode: string; clause: CharterClause }> {
  return new Map(doc.sections.flatMap((s) => s.clauses.map((clause) => [clause.id, { sectionCode: s.code, clause }] as const)));
}

function changedFields(a: CharterClause, b: CharterClause): string[] {
  const fields: string[] = [];
  const { versionId: _a, createdAt: _ac, ...ca } = a.current;
  const { versionId: _b, createdAt: _bc, ...cb } = b.current;
  for (const key of new Set([...Object.keys(ca), ...Object.keys(cb)])) {
    if (!same((ca as Record<string, unknown>)[key], (cb as Record<string, unknown>)[key])) fields.push(key);
  }
  for (const key of ['status', 'usersAsk', 'providerBaseline', 'consensus', 'dots'] as const) if (!same(a[key], b[key])) fields.push(key);
  if (a.current.versionId !== b.current.versionId && fields.length === 0) fields.push('version');
  return fields;
}

export function diffCharters(from: CharterDocument, to: CharterDocument): CharterDiff {
  const codesA = new Set(from.sections.map((s) => s.code));
  const codesB = new Set(to.sections.map((s) => s.code));
  const naChanged = to.sections.filter((s) => codesA.has(s.code) && !same(s.notApplicable, from.sections.find((x) => x.code === s.code)?.notApplicable)).map((s) => s.code);
  const a = clausesOf(from);
  const b = clausesOf(to);
  const brief = (id: string, e: { sectionCode: string; clause: CharterClause }) => ({ clauseId: id, sectionCode: e.sectionCode, text: e.clause.current.text });
  const changed: ClauseChange[] = [];
  for (const [id, eb] of b) {
    const ea = a.get(id);
    if (!ea) continue;
    const fields = changedFields(ea.clause, eb.clause);
    if (ea.sectionCode !== eb.sectionCode) fields.push('section');
    if (fields.length) {
      changed.push({
        clauseId: id,
        sectionCode: eb.sectionCode,
        fields,
        from: { versionId: ea.clause.current.versionId, text: ea.clause.current.text },
        to: { versionId: eb.clause.current.versionId, text: eb.clause.current.text },
      });
    }
  }
  return {
    from: { charterVersion: from.charterVersion, frozenAt: from.frozenAt },
    to: { charterVersion: to.charterVersion, frozenAt: to.frozenAt },
    sections: { added: [...codesB].filter((c) => !codesA.has(c)), removed: [...codesA].filter((c) => !codesB.has(c)), notApplicableChanged: naChanged },
    clauses: {
      added: [...b].filter(([id]) => !a.has(id)).map(([id, e]) => brief(id, e)),
      removed: [...a].filter(([id]) => !b.has(id)).map(([id, e]) => brief(id, e)),
      changed,
    },
    maklumatChanged: !same(from.maklumat, to.maklumat),
    serviceFlowChanged: !same(from.content.serviceFlow, to.content.serviceFlow),
    signatoriesChanged: !same(from.signatories, to.signatories),
    contentChanged: from.content.yjsStateSha256 !== to.content.yjsStateSha256,
  };
}
