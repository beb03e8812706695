import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchJson } from '../../api/http';
import { readToken } from '../../api/tokens';
import type { Participant } from '../../../../shared/schema/participants';

/**
 * Names of eligible participants who have not placed a dot yet. Who voted (never what) comes
 * from a facilitator-only endpoint, read again whenever the public voter count changes.
 */
export function NotYetVoted({ workshopId, roundId, voters, eligible }: { workshopId: string; roundId: string; voters: number; eligible: Participant[] }) {
  const { t } = useTranslation();
  const [voted, setVoted] = useState<Set<string> | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `voters` is the trigger (the public voter count changed)
  useEffect(() => {
    const token = readToken(workshopId);
    if (!token) return;
    let live = true;
    fetchJson<{ voted: string[] }>(`/api/workshops/${workshopId}/rounds/${encodeURIComponent(roundId)}/voters`, {
      headers: { Authorization: `Bearer ${token}` },
    })
      .then((r) => live && setVoted(new Set(r.voted)))
      .catch(() => live && setVoted(null));
    return () => {
      live = false;
    };
  }, [workshopId, roundId, voters]);
  if (!voted) return null;
  const waiting = eligible.filter((p) => !voted.has(p.id));
  if (waiting.length === 0) return null;
  return (
    <p className="vote-console__waiting" data-testid="vote-not-yet">
      {t('vote.notYetNames', { names: waiting.map((p) => p.displayName).join(', ') })}
    </p>
  );
}
