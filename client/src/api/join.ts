import { deviceId } from './deviceId';
import { fetchJson } from './http';
import type { JoinCodeInfo, JoinRequest, JoinResult } from './types';

export function lookupJoinCode(joinCode: string): Promise<JoinCodeInfo> {
  return fetchJson<JoinCodeInfo>(`/api/join/${encodeURIComponent(joinCode)}`);
}

export function joinWorkshop(request: JoinRequest): Promise<JoinResult> {
  return fetchJson<JoinResult>('/api/join', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...request, deviceId: deviceId() }),
  });
}
