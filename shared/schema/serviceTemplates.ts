/**
 * Service templates (issue 17): starting points for the services district offices most often take
 * through a Kontrak Pelayanan workshop. A template brings the service's user groups, the typical
 * stakeholders of the three sectors, the legal bases of the service, and a proposed draft clause
 * for every required section, each with its source. The room localises them: every template clause
 * is only a proposal (`proposed`), entered by the facilitator and marked as coming from the template.
 *
 * Facts are tagged as the domain reference tags them (charter-method.md): `V` checked against a
 * cited source, `P` partly checked, `M` from professional memory. Whatever a local regulation sets
 * (fees, days, hours, channels) carries `localCheck`: the text the room reads before agreeing.
 */
import { z } from 'zod';
import { commitmentSchema } from './clauses';
import { gatherLegalBases, STATUTORY_LEGAL_BASES } from './legalBases';
import type { SectionCode } from './sections';
import { requiredSectionCodes, SECTION_CODES } from './sections';
import { SCORE_MAX, SCORE_MIN } from './stakeholderCard';
import { SECTORS, STAKEHOLDER_CATEGORIES } from './stakeholders';
import { bilingualTextSchema, reasonSchema } from './text';

/** How far a fact was checked: V verified in a cited source, P partly, M from memory (check first). */
export const CHECK_STATUSES = ['V', 'P', 'M'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

const keySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'a short upper-case key such as UG1 or S3');
const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

export const templateLegalBasisSchema = z.strictObject({
  /** The instrument's full name as a Kontrak Pelayanan lists it: "UU 24/2013 tentang ...". */
  title: z.string().trim().min(5).max(300),
  status: z.enum(CHECK_STATUSES),
  /** Where it was checked (a public address), when it was. */
  source: z.string().trim().max(500).optional(),
  /** What the local office must check about it (amendments, the local implementing rule). */
  note: z.string().trim().max(500).optional(),
});

export const templateUserGroupSchema = z.strictObject({
  key: keySchema,
  name: bilingualTextSchema,
  description: bilingualTextSchema.optional(),
  specialNeeds: bilingualTextSchema.optional(),
  priority: z.number().int().min(1).max(99).optional(),
});

export const templateStakeholderSchema = z.strictObject({
  key: keySchema,
  /** A role, not a person: the room writes the name of whoever comes. */
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).optional(),
  position: z.string().trim().max(200).optional(),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  sector: z.enum(SECTORS),
  power: score,
  interest: score,
  salience: z.strictObject({ power: z.boolean(), legitimacy: z.boolean(), urgency: z.boolean() }),
  isVulnerableGroupRep: z.boolean().optional(),
});

export const templateClauseSchema = z.strictObject({
  section: z.enum(SECTION_CODES),
  text: bilingualTextSchema,
  /** Why the clause is proposed (read by the room beside the text). */
  why: reasonSchema,
  /** What the clause rests on: a regulation, a national standard, common practice. */
  source: z.string().trim().min(3).max(500),
  legalBasis: z.string().trim().min(1).max(500).optional(),
  obligatedParty: z.enum(['provider', 'user', 'both']),
  answersFailureOf: z.enum(['provider', 'user']).optional(),
  commitment: commitmentSchema.optional(),
  /** Keys of the template's user groups the clause concerns (none: everyone). */
  groups: z.array(keySchema).max(20).optional(),
  /** What the local office must check before the room agrees ("periksa dengan Perda/Perbup setempat"). */
  localCheck: z.string().trim().min(3).max(500).optional(),
});

/** DASAR_HUKUM is written from the template's legal bases (`templateClauses`), not by hand. */
const GENERATED_SECTIONS: readonly SectionCode[] = ['DASAR_HUKUM'];

export const serviceTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{2,39}$/),
    name: bilingualTextSchema,
    /** The workshop's "jenis pelayanan" when created from the template. */
    serviceName: z.string().trim().min(1).max(200),
    /** The usual provider ("Puskesmas ..."), a hint for the form. */
    providerExample: z.string().trim().min(1).max(200),
    summary: bilingualTextSchema,
    userGroups: z.array(templateUserGroupSchema).min(2).max(12),
    stakeholders: z.array(templateStakeholderSchema).min(3).max(20),
    legalBases: z.array(templateLegalBasisSchema).min(2).max(20),
    clauses: z.array(templateClauseSchema).min(1).max(80),
  })
  .superRefine((t, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const groupKeys = new Set<string>();
    t.userGroups.forEach((g, i) => {
      if (groupKeys.has(g.key)) issue(`user group key ${g.key} is used twice`, ['userGroups', i, 'key']);
      groupKeys.add(g.key);
    });
    const cardKeys = new Set<string>();
    t.stakeholders.forEach((s, i) => {
      if (cardKeys.has(s.key)) issue(`stakeholder key ${s.key} is used twice`, ['stakeholders', i, 'key']);
      cardKeys.add(s.key);
    });
    for (const sector of SECTORS) {
      if (!t.stakeholders.some((s) => s.sector === sector)) issue(`no typical stakeholder from the ${sector} sector`, ['stakeholders']);
    }
    t.clauses.forEach((c, i) => {
      for (const key of c.groups ?? []) if (!groupKeys.has(key)) issue(`clause names unknown user group ${key}`, ['clauses', i, 'groups']);
      if (c.answersFailureOf && c.section !== 'SANKSI_KOMPENSASI') issue('only sanctions and compensation name whose failure they answer', ['clauses', i, 'answersFailureOf']);
      if (GENERATED_SECTIONS.includes(c.section)) issue(`${c.section} is written from the legal bases`, ['clauses', i, 'section']);
    });
    const covered = new Set<string>([...t.clauses.map((c) => c.section), ...GENERATED_SECTIONS]);
    for (const code of requiredSectionCodes()) {
      if (!covered.has(code)) issue(`no draft clause for the required section ${code}`, ['clauses']);
    }
  });

export type ServiceTemplate = z.infer<typeof serviceTemplateSchema>;
export type TemplateClause = z.infer<typeof templateClauseSchema>;
export type TemplateLegalBasis = z.infer<typeof templateLegalBasisSchema>;

/** The DASAR_HUKUM draft of a template: the statutory instruments and the service's own, in the hierarchy's order. */
export function templateLegalBasisClause(template: ServiceTemplate): TemplateClause {
  const lines = gatherLegalBases([...STATUTORY_LEGAL_BASES, ...template.legalBases.map((b) => b.title)]);
  const list = lines.map((b, i) => `${i + 1}. ${b}`).join('\n');
  const unchecked = template.legalBases.filter((b) => b.status !== 'V').length;
  return {
    section: 'DASAR_HUKUM',
    text: {
      id: `Kontrak pelayanan ini disusun dan dilaksanakan berdasarkan:\n${list}`,
      en: `This service agreement is drawn up and carried out on the basis of:\n${list}`,
    },
    why: 'Pengguna perlu tahu aturan mana yang menjadi dasar setiap janji dalam kontrak ini (UU 25/2009 Pasal 21 huruf a).',
    source: 'Daftar dasar hukum templat layanan',
    obligatedParty: 'provider',
    localCheck: `Tambahkan Perda/Perbup/Perwal setempat tentang layanan ini dan retribusinya; periksa apakah setiap peraturan sudah diubah atau dicabut${unchecked > 0 ? ` (${unchecked} dari ${template.legalBases.length} dasar hukum templat belum diperiksa pada naskah resminya)` : ''}.`,
  };
}

/** Every draft clause of a template in charter order, DASAR_HUKUM included. */
export function templateClauses(template: ServiceTemplate): TemplateClause[] {
  const order = (code: SectionCode) => SECTION_CODES.indexOf(code);
  const all = [...template.clauses, templateLegalBasisClause(template)];
  // A stable sort: clauses of one section keep the order the template gives them.
  return all.map((c, i) => ({ c, i })).sort((a, b) => order(a.c.section) - order(b.c.section) || a.i - b.i).map(({ c }) => c);
}

/** What the picker shows of a template. */
export interface TemplateSummary {
  id: string;
  name: { id: string; en?: string };
  serviceName: string;
  providerExample: string;
  summary: { id: string; en?: string };
  userGroups: number;
  stakeholders: number;
  clauses: number;
  legalBases: string[];
}

export function templateSummary(template: ServiceTemplate): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    serviceName: template.serviceName,
    providerExample: template.providerExample,
    summary: template.summary,
    userGroups: template.userGroups.length,
    stakeholders: template.stakeholders.length,
    clauses: templateClauses(template).length,
    legalBases: template.legalBases.map((b) => b.title),
  };
}
