import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/commandSchema';
import { COMMAND_PERMISSIONS } from '../../../shared/commands/permissions';
import { sendCommand } from '../api/commands';
import { ApiError } from '../api/http';
import { useSession } from '../session/Session';
import { refusalMessage } from './refusalMessage';

export interface CommandRunner {
  /** Sends the command; true when the server accepted it. Refusals land in `error`. */
  run: (command: Command) => Promise<boolean>;
  /** Like `run`, but also tells the refusal code to the caller. */
  attempt: (command: Command) => Promise<{ ok: true } | { ok: false; code: string }>;
  busy: boolean;
  /** The translated refusal of the last attempt, or null. */
  error: string | null;
  code: string | null;
  clear: () => void;
}

/**
 * Runs decision commands for the current session. Participant input (dots, answers,
 * proposals) gets `onBehalfOf` while a facilitator is acting for someone without a device.
 */
export function useCommand(): CommandRunner {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { workshopId, token, actFor } = session;

  const attempt = useCallback(
    async (command: Command): Promise<{ ok: true } | { ok: false; code: string }> => {
      setBusy(true);
      setFailure(null);
      try {
        const onBehalfOf = actFor && COMMAND_PERMISSIONS[command.type].onBehalf ? actFor.id : undefined;
        await sendCommand(workshopId, token, command, onBehalfOf);
        return { ok: true };
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
        setFailure(apiError);
        return { ok: false, code: apiError.code };
      } finally {
        setBusy(false);
      }
    },
    [workshopId, token, actFor],
  );
  const run = useCallback(async (command: Command) => (await attempt(command)).ok, [attempt]);
  const clear = useCallback(() => setFailure(null), []);
  return { run, attempt, busy, error: failure ? refusalMessage(t, failure) : null, code: failure?.code ?? null, clear };
}
