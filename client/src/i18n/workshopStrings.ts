import { addIndonesian } from './i18n';
import { idSignOff } from './idSignOff';
import { idWorkshop } from './idWorkshop';

/*
 * Imported for its effect by every workshop screen (participant, console, board, sign-off): the
 * Indonesian texts of those screens arrive with their code, in parallel, and are in i18next before
 * the screen's module runs. Home, the owner's page and /verify never load them (~14 kB Brotli).
 * `stringParts.test.ts` checks that every text a screen can show is in the parts it imports.
 */
addIndonesian(idWorkshop);
addIndonesian(idSignOff);
