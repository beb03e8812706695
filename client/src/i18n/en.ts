import { enCharter } from './enCharter';
import { enDrafting } from './enDrafting';
import { enEvidence } from './enEvidence';
import { enRoom } from './enRoom';
import { enShell } from './enShell';
import { enSignOff } from './enSignOff';
import { enVerify } from './enVerify';
import type { Catalogue, WithOneForms } from './id';

/**
 * English, fetched whole the first time someone chooses it (`i18n.ts`). One file per part of the
 * Indonesian catalogue, each typed as that part's shape (plus the `_one` forms), so a missing or
 * extra key fails the type check.
 */
export const en: WithOneForms<Catalogue> = { ...enShell, ...enRoom, ...enDrafting, ...enEvidence, ...enCharter, ...enSignOff, ...enVerify };
