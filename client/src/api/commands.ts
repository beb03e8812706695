import type { Command } from '../../../shared/commands/commandSchema';
import { fetchJson } from './http';

/** The appended log entry the server answers an accepted command with (docs/api.md). */
export interface CommandEvent {
  seq: number;
  ts: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * POST /api/workshops/:id/commands. Resolves with the event, or throws ApiError whose `code`
 * is a refusal code (`refusal.<code>` in the catalogues) and whose `params` carry details.
 */
export async function sendCommand(workshopId: string, token: string, command: Command, onBehalfOf?: string): Promise<CommandEvent> {
  const body = onBehalfOf ? { ...command, onBehalfOf } : command;
  const answer = await fetchJson<{ event: CommandEvent }>(`/api/workshops/${encodeURIComponent(workshopId)}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return answer.event;
}
