import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Clause, currentVersion, OBLIGATED_PARTIES, type ObligatedParty } from '../../../../shared/schema/clauses';
import { CHARTER_SECTIONS, type SectionCode } from '../../../../shared/schema/sections';
import { sectionsOpenInStep } from '../../../../shared/schema/agenda';
import { sectionGuidance } from '../../../../shared/schema/sectionGuidance';
import { amendClause, proposeClause } from '../../actions/clauses';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotAmend, whyNotPropose } from './clauseGuards';
import { emptyMeasure, MeasureInput, type MeasureValue, toMeasure } from './MeasureInput';
import { PartyFields, type PartyValue, partyDraft } from './PartyFields';
import { commitmentProblem, CommitmentFields, fromCommitment, toCommitment } from './CommitmentFields';
import { ConditionFields } from './ConditionFields';

const fromMeasure = (m: { value: number; unit: MeasureValue['unit'] } | undefined): MeasureValue => (m ? { value: String(m.value), unit: m.unit } : emptyMeasure());

/**
 * Proposes a new clause, or an amendment of `clause` (a new version whose parent is the
 * current one). A rationale is required either way: the room must know why.
 */
export function VersionForm({ clause, initialText, onDone }: { clause?: Clause; initialText?: string; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const session = useSession();
  const command = useCommand();
  const current = clause ? currentVersion(clause) : undefined;
  const open = session.author.role === 'participant' ? sectionsOpenInStep(session.step) : null;
  const sections = CHARTER_SECTIONS.filter((s) => !open || open.has(s.code as SectionCode));
  const [section, setSection] = useState<SectionCode>((sections[0]?.code ?? 'VISI_MISI') as SectionCode);
  const [textId, setTextId] = useState(initialText ?? current?.text.id ?? '');
  const [textEn, setTextEn] = useState(current?.text.en ?? '');
  const [rationale, setRationale] = useState('');
  const [party, setParty] = useState<ObligatedParty>(current?.obligatedParty ?? 'provider');
  const [parties, setParties] = useState<PartyValue>({ partnerId: current?.partnerId ?? '', answersFailureOf: current?.answersFailureOf ?? 'provider' });
  const sectionCode = clause?.sectionCode ?? section;
  const [commitment, setCommitment] = useState(fromCommitment(current?.commitment));
  const [askText, setAskText] = useState(clause?.usersAskText ?? '');
  const [conditionId, setConditionId] = useState<string>(current?.conditionClauseId ?? '');
  const [ask, setAsk] = useState(fromMeasure(clause?.usersAsk));
  const [baseline, setBaseline] = useState(fromMeasure(clause?.providerBaseline));
  const [legalBasis, setLegalBasis] = useState(current?.legalBasis ?? '');
  const [groups, setGroups] = useState<readonly string[]>(current?.userGroupIds ?? []);
  const [missing, setMissing] = useState(false);
  const guidance = clause ? undefined : sectionGuidance(section);
  const [missingKey, setMissingKey] = useState<'clause.textAndRationaleRequired' | 'clause.phasedDateRequired'>('clause.textAndRationaleRequired');
  const blocked = clause ? whyNotAmend(session.state, session, clause) : whyNotPropose(session.state, session, section);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = commitmentProblem(commitment);
    setMissingKey(problem ?? 'clause.textAndRationaleRequired');
    if (!textId.trim() || !rationale.trim() || problem) return setMissing(true);
    setMissing(false);
    const draft = {
      textId,
      textEn,
      rationale,
      obligatedParty: party,
      ...partyDraft(party, parties, sectionCode),
      commitment: toCommitment(commitment),
      usersAskText: askText,
      conditionClauseId: conditionId,
      usersAsk: toMeasure(ask),
      providerBaseline: toMeasure(baseline),
      legalBasis,
      userGroupIds: groups,
    };
    const ok = await command.run(clause ? amendClause(clause.id, clause.currentVersionId, draft) : proposeClause(section, draft));
    if (ok) {
      setRationale('');
      if (!clause) setTextId('');
      onDone?.();
    }
  };

  const kind = clause ? 'amend' : 'propose';
  return (
    <form className="form form--compact version-form" onSubmit={submit} noValidate data-testid={`${kind}-form`}>
      {!clause && (
        <div className="field">
          <label htmlFor={`${id}-section`}>{t('clause.section')}</label>
          <select id={`${id}-section`} className="input" value={section} onChange={(e) => setSection(e.target.value as SectionCode)}
            data-testid="propose-section">
            {sections.map((s) => <option key={s.code} value={s.code}>{textIn(s.name, i18n.language)}</option>)}
          </select>
          {guidance && (
            <p className="field__hint version-form__guidance" data-testid="section-guidance">
              <strong>{t('clause.guidance')}:</strong> {textIn(guidance, i18n.language)}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('clause.textId')}</label>
        <textarea id={`${id}-text`} className="input" rows={3} lang="id" value={textId} onChange={(e) => setTextId(e.target.value)}
          required data-testid={`${kind}-text`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t('clause.textEn')}</label>
        <textarea id={`${id}-en`} className="input" rows={2} lang="en" value={textEn} onChange={(e) => setTextEn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>{t('clause.rationale')}</label>
        <textarea id={`${id}-why`} className="input" rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} required
          aria-invalid={missing && !rationale.trim()} aria-describedby={`${id}-why-hint`} data-testid={`${kind}-rationale`} />
        <p id={`${id}-why-hint`} className="field__hint">{t('clause.rationaleHint')}</p>
      </div>
      <div className="form__row">
        <label className="field field--inline">
          {t('clause.obligatedParty')}
          <select className="input" value={party} onChange={(e) => setParty(e.target.value as ObligatedParty)}>
            {OBLIGATED_PARTIES.map((p) => <option key={p} value={p}>{t(`obligatedParty.${p}`)}</option>)}
          </select>
        </label>
        <PartyFields party={party} value={parties} onChange={setParties} sectionCode={sectionCode} testId={kind} />
        <MeasureInput label={t('clause.usersAsk')} value={ask} onChange={setAsk} testId={`${kind}-ask`} />
        <MeasureInput label={t('clause.providerBaseline')} value={baseline} onChange={setBaseline} testId={`${kind}-baseline`} />
      </div>
      <CommitmentFields value={commitment} onChange={setCommitment} testId={`${kind}-commitment`} />
      <ConditionFields clauses={Object.values(session.state?.clauses ?? {})} self={clause} askText={askText} onAskText={setAskText}
        conditionId={conditionId} onConditionId={setConditionId} testId={kind} />
      <div className="field">
        <label htmlFor={`${id}-basis`}>{t('clause.legalBasis')}</label>
        <input id={`${id}-basis`} className="input" value={legalBasis} maxLength={500} onChange={(e) => setLegalBasis(e.target.value)}
          aria-describedby={`${id}-basis-hint`} data-testid={`${kind}-legal-basis`} />
        <p id={`${id}-basis-hint`} className="field__hint">{t('clause.legalBasisHint')}</p>
      </div>
      <UserGroupPicker selected={groups} onChange={setGroups} testId={`${kind}-user-groups`} />
      {missing && <p className="field__error" role="alert">{t(missingKey)}</p>}
      <RefusalNotice runner={command} />
      <WhyNotHint id={`${id}-why-not`} reason={blocked} testId={`${kind}-why-not`} />
      <button type="submit" className="button button--primary" disabled={command.busy || blocked !== null}
        aria-describedby={blocked ? `${id}-why-not` : undefined} data-testid={`${kind}-submit`}>
        {clause ? t('clause.amendSubmit') : t('clause.proposeSubmit')}
      </button>
    </form>
  );
}

/** The user groups a clause concerns (the room's registered groups); none ticked: every user. */
function UserGroupPicker({ selected, onChange, testId }: { selected: readonly string[]; onChange: (ids: readonly string[]) => void; testId: string }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const groups = Object.values(state?.userGroups ?? {}).sort((a, b) => (a.priority ?? 100) - (b.priority ?? 100) || a.name.id.localeCompare(b.name.id));
  if (groups.length === 0) return null;
  const toggle = (groupId: string) => onChange(selected.includes(groupId) ? selected.filter((g) => g !== groupId) : [...selected, groupId]);
  return (
    <fieldset className="form__checks" data-testid={testId}>
      <legend>{t('clause.userGroups')}</legend>
      {groups.map((g) => (
        <label key={g.id}>
          <input type="checkbox" checked={selected.includes(g.id)} onChange={() => toggle(g.id)} data-group={g.id} /> {textIn(g.name, i18n.language)}
        </label>
      ))}
      <p className="field__hint">{t('clause.userGroupsHint')}</p>
    </fieldset>
  );
}
