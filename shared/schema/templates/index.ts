/** The service templates a new workshop may start from (issue 17), in the order the picker shows them. */
import type { ServiceTemplate } from '../serviceTemplates';
import { AKTA_KELAHIRAN, KTP_KK } from './adminduk';
import { PBG } from './pbg';
import { PERIZINAN_BERUSAHA } from './perizinan';
import { PUSKESMAS_RAWAT_JALAN } from './puskesmas';
import { SAMPAH } from './sampah';

export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [PUSKESMAS_RAWAT_JALAN, KTP_KK, AKTA_KELAHIRAN, PBG, SAMPAH, PERIZINAN_BERUSAHA];

export function serviceTemplateById(id: string): ServiceTemplate | undefined {
  return SERVICE_TEMPLATES.find((t) => t.id === id);
}
