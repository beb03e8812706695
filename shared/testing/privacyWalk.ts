/**
 * Test helper: walks a bundle's JSON and lists what the public may not see (publicCharter.ts),
 * worked out from the FULL charter without the projection's code, so a test that uses it fails
 * when the projection is switched off or leaks.
 *
 * - withheld names: every participant's name that is neither a signatory's nor on a stakeholder
 *   card that says `publishNameConsent`, and the name on every card that says no (except a
 *   partner a pihak ketiga signs for: a party to the agreement);
 * - individual answers: a `participantId`/`authorIds` anywhere inside a consensus result or a
 *   minority report (the reasons themselves may stay, per sector, without a name).
 */
import type { CharterDocument } from '../charter/charterDocument';

export function withheldNames(full: CharterDocument): string[] {
  const signatories = new Set<string>(full.signatories.map((s) => s.participantId));
  const signatoryNames = new Set(full.signatories.map((s) => s.displayName));
  const consenting = new Set(full.stakeholders.filter((c) => c.publishNameConsent).map((c) => c.name));
  const parties = new Set(full.signatories.flatMap((s) => (s.partner ? [s.partner.stakeholderId] : [])));
  const refusing = full.stakeholders.filter((c) => !c.publishNameConsent).map((c) => c.name);
  const partyNames = new Set(full.stakeholders.filter((c) => parties.has(c.id)).map((c) => c.name));
  const names = new Set<string>(refusing);
  for (const people of Object.values(full.participantsBySector)) {
    for (const p of people) if (!signatories.has(p.participantId) && (!consenting.has(p.displayName) || refusing.includes(p.displayName))) names.add(p.displayName);
  }
  return [...names].filter((n) => !signatoryNames.has(n) && !partyNames.has(n) && n.trim().length > 0);
}

/** Paths in `json` that show a withheld name or tie a consensus answer to a person. */
export function privacyLeaks(json: unknown, full: CharterDocument): string[] {
  const names = withheldNames(full);
  const leaks: string[] = [];
  const walk = (value: unknown, path: string, inAnswers: boolean): void => {
    if (typeof value === 'string') {
      for (const name of names) if (value.includes(name)) leaks.push(`${path}: names ${JSON.stringify(name)}`);
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, inAnswers);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (inAnswers && (key === 'participantId' || key === 'authorIds')) leaks.push(`${path}.${key}: ties an answer to a person`);
        // The full record lists stand-asides and dissenters by participant id.
        if (inAnswers && (key === 'standAsides' || key === 'dissenters') && Array.isArray(v) && v.some((x) => typeof x === 'string')) leaks.push(`${path}.${key}: lists people by id`);
        walk(v, `${path}.${key}`, inAnswers || key === 'result' || key === 'minorityReport');
      }
    }
  };
  walk(json, '$', false);
  return leaks;
}
