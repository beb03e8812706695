/** The service templates a new workshop may start from (GET /api/templates, issue 17). */
import type { TemplateSummary } from '../../../shared/schema/serviceTemplates';
import { fetchJson } from './http';

export type { TemplateSummary };

export async function listTemplates(): Promise<TemplateSummary[]> {
  return (await fetchJson<{ templates: TemplateSummary[] }>('/api/templates')).templates;
}
