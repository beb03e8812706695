import { addIndonesian } from './i18n';
import { idWorkshop } from './idWorkshop';

/*
 * Imported for its effect by every workshop screen (participant, console, board, sign-off,
 * verify): the Indonesian texts of those screens arrive with their code, in parallel, and are in
 * i18next before the screen's module runs. Home and the owner's page never load them (~15 kB
 * Brotli). `shellStrings.test.ts` checks every such screen imports this.
 */
addIndonesian(idWorkshop);
