import type { Sector, StakeholderCategory } from '../../../shared/schema/stakeholders';

/** Response shapes of the HTTP API (server/http). Kept here until they move to shared/. */
export type Role = 'facilitator' | 'co_facilitator' | 'participant' | 'observer' | 'signatory';

export interface JoinCodeInfo {
  workshopId: string;
  title: string;
  serviceName: string;
}

export interface JoinRequest {
  joinCode: string;
  name: string;
  sector: Sector;
  category: StakeholderCategory;
  userGroup?: string;
}

export interface JoinResult {
  workshopId: string;
  participantId: string;
  participantToken: string;
}

export interface Me {
  participantId: string;
  name: string;
  role: Role;
  sector: Sector;
  category: StakeholderCategory;
}

export interface WorkshopInfo {
  workshopId: string;
  title: string;
  serviceName: string;
  joinCode: string;
  me: Me;
}
