import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionByCode } from '../../../../shared/schema/sections';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotPropose } from './clauseGuards';
import { type DraftOffer, draftOffers } from './draftOffers';

/**
 * The facilitator's starting drafts: for each empty rights or obligations section the text of
 * UU 25/2009 (one proposed clause per letter, its legal basis naming the letter), and for an
 * empty DASAR_HUKUM the list of legal bases the clauses cite. Everything lands as "proposed":
 * the room localises and agrees it like any other clause.
 */
export function DraftOffers() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const [created, setCreated] = useState<{ count: number; section: DraftOffer['sectionCode'] } | null>(null);
  const { state } = session;
  const lead = session.me.role === 'facilitator' || session.me.role === 'co_facilitator';
  // Acting for a participant would put the Act in their name: the drafts are the facilitator's own.
  if (!state || !lead || session.actFor || state.freeze) return null;
  const offers = draftOffers(state);
  if (offers.length === 0) return null;

  const use = async (offer: DraftOffer) => {
    setCreated(null);
    let count = 0;
    // One command per clause, in the Act's order, so the room numbers them as the Act letters them.
    for (const next of offer.commands()) {
      if (!(await command.run(next))) break;
      count++;
    }
    if (count > 0) setCreated({ count, section: offer.sectionCode });
  };

  return (
    <section className="draft-offers" aria-labelledby="draft-offers-title" data-testid="draft-offers">
      <h3 id="draft-offers-title">{t('clause.drafts.title')}</h3>
      <p className="field__hint">{t('clause.drafts.intro')}</p>
      <ul className="draft-offers__list">
        {offers.map((offer) => (
          <DraftOfferRow key={offer.sectionCode} offer={offer} busy={command.busy} onUse={() => void use(offer)} />
        ))}
      </ul>
      <RefusalNotice runner={command} />
      {created && (
        <p className="notice notice--ok" role="status" data-testid="draft-offers-created">
          {t('clause.drafts.created', { count: created.count, section: textIn(sectionByCode(created.section).name, i18n.language) })}
        </p>
      )}
    </section>
  );
}

function DraftOfferRow({ offer, busy, onUse }: { offer: DraftOffer; busy: boolean; onUse: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const blocked = whyNotPropose(session.state, session, offer.sectionCode);
  const hintId = `draft-offer-${offer.sectionCode}-why-not`;
  const source = offer.kind === 'statutory' ? t('clause.drafts.statutorySource', { source: offer.source, count: offer.count }) : t('clause.drafts.legalBasisSource', { bases: offer.source });
  return (
    <li className="draft-offers__item" data-testid="draft-offer" data-section={offer.sectionCode}>
      <div>
        <strong>{textIn(sectionByCode(offer.sectionCode).name, i18n.language)}</strong>
        <p className="field__hint">{source}</p>
        <WhyNotHint id={hintId} reason={blocked} testId="draft-offer-why-not" />
      </div>
      <button type="button" className="button button--small" disabled={busy || blocked !== null} aria-describedby={blocked ? hintId : undefined}
        onClick={onUse} data-testid="draft-offer-use">
        {offer.kind === 'statutory' ? t('clause.drafts.useStatutory') : t('clause.drafts.useLegalBasis')}
      </button>
    </li>
  );
}
