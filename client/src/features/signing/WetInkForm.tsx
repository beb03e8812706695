import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asParticipantId } from '../../../../shared/schema/ids';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { capacityText } from './format';
import { capacityStatuses } from './signOffModel';

/** "2026-12-03T14:05" in the browser's time zone, for a datetime-local input. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * The facilitator records that a signatory signed the printed naskah in wet ink. A scan of the
 * signed page may be chosen: its SHA-256 is computed here (noble, so it works on a plain-http
 * workshop laptop too) and only the hash is sent; the file never leaves this browser.
 */
export function WetInkForm() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const command = useCommand();
  const freeze = state?.freeze ?? null;
  const open = useMemo(() => {
    if (!state || !freeze?.charterSha256) return [];
    return capacityStatuses(state, { charterVersion: freeze.charterVersion, charterSha256: freeze.charterSha256 }).flatMap((c) =>
      c.enrolled.filter((e) => !c.signed.some((s) => s.participantId === e.participantId)).map((e) => ({ ...e, capacity: c.capacity })),
    );
  }, [state, freeze]);
  const [choice, setChoice] = useState('');
  const [signedAt, setSignedAt] = useState(() => localInputValue(new Date()));
  const [title, setTitle] = useState('');
  const [institution, setInstitution] = useState('');
  const [nip, setNip] = useState('');
  const nipDigits = nip.replace(/\s+/g, '');
  const nipInvalid = nipDigits !== '' && !/^\d{18}$/.test(nipDigits);
  const [scan, setScan] = useState<{ name: string; sha256: string } | null>(null);
  const [hashing, setHashing] = useState(false);
  if (!freeze || open.length === 0) return null;
  const selected = open.find((o) => `${o.participantId}|${o.capacity}` === choice) ?? open[0]!;

  const pickScan = async (file: File | undefined) => {
    setScan(null);
    if (!file) return;
    setHashing(true);
    try {
      setScan({ name: file.name, sha256: bytesToHex(sha256(new Uint8Array(await file.arrayBuffer()))) });
    } finally {
      setHashing(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (nipInvalid) return;
    const ok = await command.run({
      type: 'recordWetInkSignature',
      participantId: asParticipantId(selected.participantId),
      capacity: selected.capacity,
      charterVersion: freeze.charterVersion,
      signedAt: new Date(signedAt).toISOString(),
      title: title.trim(),
      institution: institution.trim(),
      ...(nipDigits ? { nip: nipDigits } : {}),
      ...(scan ? { scanSha256: scan.sha256 } : {}),
    });
    if (ok) {
      setChoice('');
      setTitle('');
      setInstitution('');
      setNip('');
      setScan(null);
    }
  };
  return (
    <form className="form form--compact" onSubmit={submit} data-testid="wet-ink-form" aria-labelledby="wet-ink-title">
      <h3 id="wet-ink-title">{t('signing.wetInkTitle')}</h3>
      <p className="field__hint">{t('signing.wetInkIntro')}</p>
      <div className="field">
        <label htmlFor="wet-ink-who">{t('signing.wetInkWho')}</label>
        <select id="wet-ink-who" className="input" value={`${selected.participantId}|${selected.capacity}`} onChange={(e) => setChoice(e.target.value)} data-testid="wet-ink-who">
          {open.map((o) => (
            <option key={`${o.participantId}|${o.capacity}`} value={`${o.participantId}|${o.capacity}`}>
              {o.name} ({capacityText(o.capacity, i18n.language)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wet-ink-at">{t('signing.wetInkSignedAt')}</label>
        <input id="wet-ink-at" className="input" type="datetime-local" required value={signedAt} onChange={(e) => setSignedAt(e.target.value)} data-testid="wet-ink-at" />
      </div>
      <div className="field">
        <label htmlFor="wet-ink-job">{t('signing.jobTitle')}</label>
        <input id="wet-ink-job" className="input" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby="wet-ink-job-hint" data-testid="wet-ink-title" />
        <p className="field__hint" id="wet-ink-job-hint">{t('signing.wetInkJobTitleHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="wet-ink-inst">{t('signing.institution')}</label>
        <input id="wet-ink-inst" className="input" required maxLength={200} value={institution} onChange={(e) => setInstitution(e.target.value)} data-testid="wet-ink-institution" />
      </div>
      <div className="field">
        <label htmlFor="wet-ink-nip">{t('signing.nip')}</label>
        <input id="wet-ink-nip" className="input" inputMode="numeric" autoComplete="off" value={nip} onChange={(e) => setNip(e.target.value)} aria-describedby="wet-ink-nip-hint" aria-invalid={nipInvalid} data-testid="wet-ink-nip" />
        <p className="field__hint" id="wet-ink-nip-hint">{t('signing.nipHint')}</p>
        {nipInvalid && <p className="field__error" role="alert">{t('signing.nipInvalid')}</p>}
      </div>
      <div className="field">
        <label htmlFor="wet-ink-scan">{t('signing.wetInkScan')}</label>
        <input id="wet-ink-scan" className="input" type="file" accept="image/*,application/pdf" onChange={(e) => void pickScan(e.target.files?.[0])} aria-describedby="wet-ink-scan-hint" data-testid="wet-ink-scan" />
        <p className="field__hint" id="wet-ink-scan-hint">
          {scan ? t('signing.wetInkScanHash', { name: scan.name, hash: scan.sha256 }) : t('signing.wetInkScanHint')}
        </p>
      </div>
      <RefusalNotice runner={command} />
      <p>
        <button type="submit" className="button" disabled={command.busy || hashing} data-testid="wet-ink-record">
          {t('signing.wetInkRecord')}
        </button>
      </p>
    </form>
  );
}
