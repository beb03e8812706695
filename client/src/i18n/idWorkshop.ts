import { idCharter } from './idCharter';
import { idDrafting } from './idDrafting';
import { idEvidence } from './idEvidence';
import { idRoom } from './idRoom';

/**
 * Bahasa Indonesia for the workshop screens (participant, console, board, sign-off): added to
 * i18next by `workshopStrings.ts`, which each of those screens imports, so the texts arrive with
 * the screen's code and before it renders. In four files by what they are about; keys are typed
 * through `id.ts` (`Catalogue`).
 */
export const idWorkshop = { ...idRoom, ...idDrafting, ...idEvidence, ...idCharter };
