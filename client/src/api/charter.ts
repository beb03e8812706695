import type { BundleSeal, BundleSignature } from '../../../shared/charter/bundle';
import type { CharterDiff } from '../../../shared/charter/charterDiff';
import type { CharterDocument } from '../../../shared/charter/charterDocument';
import type { SignatoryCapacity } from '../../../shared/rules/signatories';
import { fetchJson } from './http';

/** Charter routes of docs/api.md ("Charter versions, signing and bundles"). */
export interface VersionInfo {
  version: number;
  sha256: string;
  createdAt: string;
  signatures: number;
  missing: SignatoryCapacity[];
  sealed: boolean;
}

export interface VersionView {
  version: number;
  sha256: string;
  createdAt: string;
  charter: CharterDocument;
  signatures: BundleSignature[];
  seal: BundleSeal | null;
  missing: SignatoryCapacity[];
  sealed: boolean;
  verifyUrl: string;
}

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/charter`;
const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

export async function listVersions(workshopId: string, token: string): Promise<VersionInfo[]> {
  return (await fetchJson<{ versions: VersionInfo[] }>(`${base(workshopId)}/versions`, auth(token))).versions;
}

export function loadVersion(workshopId: string, token: string, version: number): Promise<VersionView> {
  return fetchJson<VersionView>(`${base(workshopId)}/versions/${version}`, auth(token));
}

export function loadDiff(workshopId: string, token: string, from: number, to: number): Promise<CharterDiff> {
  return fetchJson<CharterDiff>(`${base(workshopId)}/diff?from=${from}&to=${to}`, auth(token));
}
