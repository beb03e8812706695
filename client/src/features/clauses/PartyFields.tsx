import { useTranslation } from 'react-i18next';
import { type ClauseVersion, FAILURE_PARTIES, type FailureParty, type ObligatedParty, SANCTIONS_SECTION } from '../../../../shared/schema/clauses';
import { entryOf } from '../../../../shared/schema/records';
import type { SectionCode } from '../../../../shared/schema/sections';
import { useSession } from '../../session/Session';

export interface PartyValue {
  partnerId: string;
  answersFailureOf: FailureParty;
}

/** The party fields of a version draft: whose failure only in sanctions, the partner only when named. */
export function partyDraft(party: ObligatedParty, value: PartyValue, sectionCode: SectionCode): { partnerId?: string; answersFailureOf?: FailureParty } {
  const failure = sectionCode === SANCTIONS_SECTION ? value.answersFailureOf : undefined;
  const namesPartner = party === 'partner' || failure === 'partner';
  return { ...(failure ? { answersFailureOf: failure } : {}), ...(namesPartner && value.partnerId ? { partnerId: value.partnerId } : {}) };
}

/**
 * Beside the obligated party: the partner it names (a stakeholder card, e.g. a private maternity
 * clinic) and, in sanctions and compensation, whose failure the clause answers.
 */
export function PartyFields({ party, value, onChange, sectionCode, testId }: {
  party: ObligatedParty;
  value: PartyValue;
  onChange: (next: PartyValue) => void;
  sectionCode: SectionCode;
  testId: string;
}) {
  const { t } = useTranslation();
  const { state } = useSession();
  const sanction = sectionCode === SANCTIONS_SECTION;
  const namesPartner = party === 'partner' || (sanction && value.answersFailureOf === 'partner');
  const cards = Object.values(state?.stakeholders ?? {});
  return (
    <>
      {sanction && (
        <label className="field field--inline">
          {t('clause.answersFailureOf')}
          <select className="input" value={value.answersFailureOf} data-testid={`${testId}-failure-of`}
            onChange={(e) => onChange({ ...value, answersFailureOf: e.target.value as FailureParty })}>
            {FAILURE_PARTIES.map((p) => <option key={p} value={p}>{t(`clause.failureOf.${p}`)}</option>)}
          </select>
        </label>
      )}
      {namesPartner && (
        cards.length === 0 ? (
          <p className="field__hint" data-testid={`${testId}-partner-none`}>{t('clause.partnerNone')}</p>
        ) : (
          <label className="field field--inline">
            {t('clause.partner')}
            <select className="input" value={value.partnerId} data-testid={`${testId}-partner`} onChange={(e) => onChange({ ...value, partnerId: e.target.value })}>
              <option value="">{t('clause.partnerChoose')}</option>
              {cards.map((c) => <option key={c.id} value={c.id}>{c.organisation && c.organisation !== c.name ? `${c.name} (${c.organisation})` : c.name}</option>)}
            </select>
          </label>
        )
      )}
    </>
  );
}

/** On a clause card: who carries the duty (the partner by name) and, for a sanction, whose failure it answers. */
export function ClauseParties({ version }: { version: ClauseVersion }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const partner = version.partnerId ? (entryOf(state?.stakeholders ?? {}, version.partnerId)?.name ?? version.partnerId) : '';
  return (
    <>
      <span className="clause__party" data-testid="clause-party" data-party={version.obligatedParty}>
        {version.obligatedParty === 'partner' ? t('clause.partnerNamed', { name: partner }) : t(`obligatedParty.${version.obligatedParty}`)}
      </span>
      {version.answersFailureOf && (
        <span className="clause__party" data-testid="clause-failure-of" data-failure-of={version.answersFailureOf}>
          {t(`clause.failureOf.${version.answersFailureOf}`)}{version.answersFailureOf === 'partner' ? `: ${partner}` : ''}
        </span>
      )}
    </>
  );
}
