import { addIndonesian } from './i18n';
import { idSignOff } from './idSignOff';
import { idVerify } from './idVerify';

/*
 * Imported for its effect by the /verify page: its verdicts, and the signing texts it shares with
 * the workshop screens, without the workshop screens' texts. See `workshopStrings.ts`.
 */
addIndonesian(idVerify);
addIndonesian(idSignOff);
