import { describe, expect, it } from 'vitest';
import { isAgreedStatus } from '../schema/clauses';
import { serviceTemplateSchema, templateClauses } from '../schema/serviceTemplates';
import { requiredSectionCodes } from '../schema/sections';
import { SERVICE_TEMPLATES } from '../schema/templates';
import { FACILITATOR, Room } from '../testing/workshopKit';
import { freezeGapsOf } from './charter';
import { sourceInWords, TEMPLATE_MARK, templateCommands } from './templateCommands';

function counter() {
  let n = 0;
  return () => `t${(n++).toString(36).padStart(4, '0')}`;
}

/** A room with one member per sector, started from `template` by the facilitator. */
function startFrom(template: (typeof SERVICE_TEMPLATES)[number]) {
  const room = new Room();
  const members = [room.join('G1', 'government'), room.join('P1', 'private'), room.join('M1', 'civil_society')];
  const start = templateCommands(template, counter());
  for (const command of start.commands) room.must(FACILITATOR, command);
  return { room, members, start };
}

/** Every template clause through a fist-to-five check that every sector supports, then agreed. */
function agreeEverything(room: Room, members: readonly string[]) {
  room.goTo('consensus_check');
  for (const clause of Object.values(room.state.clauses)) {
    const checkId = `k${clause.id}`;
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: clause.id, status: 'under_discussion' });
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId, clauseId: clause.id, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    for (const member of members) room.must(member as never, { type: 'answerConsensus', checkId, level: 5 });
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId });
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: clause.id, status: 'agreed', checkId });
  }
}

describe('service templates', () => {
  it('offers the six services of issue 17, each with a unique id', () => {
    expect(SERVICE_TEMPLATES.map((t) => t.id)).toEqual(['puskesmas-rawat-jalan', 'ktp-el-kk', 'akta-kelahiran', 'pbg', 'sampah-retribusi', 'perizinan-berusaha']);
  });

  for (const template of SERVICE_TEMPLATES) {
    describe(template.id, () => {
      it('parses against the template schema', () => {
        const parsed = serviceTemplateSchema.safeParse(template);
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      });

      it('drafts every required section, with a source for every clause', () => {
        const sections = new Set(templateClauses(template).map((c) => c.section));
        expect(requiredSectionCodes().filter((code) => !sections.has(code))).toEqual([]);
        for (const clause of templateClauses(template)) expect(clause.source.length).toBeGreaterThan(2);
      });

      it('starts a workshop through the commands, as the facilitator, marked as from the template', () => {
        const { room, start } = startFrom(template);
        expect(Object.keys(room.state.userGroups)).toHaveLength(template.userGroups.length);
        expect(Object.keys(room.state.stakeholders)).toHaveLength(template.stakeholders.length);
        const clauses = Object.values(room.state.clauses);
        expect(clauses).toHaveLength(templateClauses(template).length);
        expect(clauses.every((c) => c.status === 'proposed')).toBe(true);
        const proposals = room.events.filter((e) => e.type === 'clauseProposed');
        expect(proposals.every((e) => e.actor.participantId === FACILITATOR)).toBe(true);
        for (const clause of clauses) {
          const version = clause.versions[clause.currentVersionId]!;
          expect(version.rationale.startsWith(`${TEMPLATE_MARK} «${template.name.id}».`)).toBe(true);
          expect(version.proposedBy).toBe(FACILITATOR);
          expect(start.clauseDrafts[clause.id]?.join('\n')).toBe(version.text.id);
        }
        // The vulnerable-group representatives keep their mark; the cards span the three sectors.
        const cards = Object.values(room.state.stakeholders);
        expect(new Set(cards.map((c) => c.sector))).toEqual(new Set(['government', 'private', 'civil_society']));
      });

      it('reaches the freeze gate with its drafts: once agreed, only the signatories are missing', () => {
        const { room, members } = startFrom(template);
        const before = freezeGapsOf(room.state).filter((g) => g.code === 'section_not_agreed');
        expect(before.length).toBe(requiredSectionCodes().length);
        agreeEverything(room, members);
        expect(Object.values(room.state.clauses).every((c) => isAgreedStatus(c.status))).toBe(true);
        const gaps = freezeGapsOf(room.state).map((g) => g.code);
        expect(gaps.filter((code) => code !== 'signatory_missing' && code !== 'witness_outside_government_missing')).toEqual([]);
      });
    });
  }

  it('tells the room in words which sources were not checked against the official text', () => {
    expect(sourceInWords('UU 25/2009 Pasal 29 [M]; PP 16/2021 [P]; PP 28/2025 [V]')).toBe(
      'UU 25/2009 Pasal 29 (belum diperiksa pada naskah resmi); PP 16/2021 (sebagian sudah diperiksa); PP 28/2025',
    );
    for (const template of SERVICE_TEMPLATES) {
      for (const command of templateCommands(template, counter()).commands) {
        if (command.type === 'proposeClause') expect(command.rationale).not.toMatch(/\[[VPM]\b/);
      }
    }
  });

  it('refuses a template that leaves a required section without a draft', () => {
    const [template] = SERVICE_TEMPLATES;
    const broken = { ...template!, clauses: template!.clauses.filter((c) => c.section !== 'SANKSI_KOMPENSASI') };
    const parsed = serviceTemplateSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('no draft clause for the required section SANKSI_KOMPENSASI');
  });

  it('refuses a clause that names a user group the template does not have, and one-sector stakeholder lists', () => {
    const [template] = SERVICE_TEMPLATES;
    const clauses = [{ ...template!.clauses[0]!, groups: ['UG99'] }, ...template!.clauses.slice(1)];
    const stakeholders = template!.stakeholders.filter((s) => s.sector === 'government');
    const messages = serviceTemplateSchema.safeParse({ ...template!, clauses, stakeholders }).error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('clause names unknown user group UG99');
    expect(messages).toContain('no typical stakeholder from the private sector');
  });
});
