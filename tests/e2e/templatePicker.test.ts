/**
 * The service-template picker (issue 17) in the browser: the owner chooses "Akta kelahiran" on
 * the new-workshop form, the service name follows the choice, and the facilitator console of
 * the new workshop opens with the template's draft clauses, each marked as from the template.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATE_MARK } from '../../shared/commands/templateCommands';
import { templateClauses } from '../../shared/schema/serviceTemplates';
import { serviceTemplateById } from '../../shared/schema/templates';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

describe('the service-template picker', () => {
  it('creates a workshop from a template whose console opens with the drafts', async () => {
    const template = serviceTemplateById('akta-kelahiran')!;
    const owner = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await owner.goto(`${stage.server.http}/o#token=${stage.server.ownerToken}`);
    await owner.getByTestId(`template-${template.id}`).check();
    expect(await owner.getByTestId('owner-serviceName').inputValue()).toBe(template.serviceName);
    // Back to an empty workshop: the name the template filled in goes with it.
    await owner.getByTestId('template-none').check();
    expect(await owner.getByTestId('owner-serviceName').inputValue()).toBe('');
    await owner.getByTestId(`template-${template.id}`).check();
    await owner.getByTestId('owner-title').fill('Kontrak Pelayanan Akta Kelahiran Kabupaten Sukamaju');
    await owner.getByTestId('owner-create').click();
    await owner.getByTestId('keep-link').waitFor();

    await owner.getByTestId('owner-open-link').click();
    await owner.getByTestId('facilitator-view').waitFor();
    await owner.getByTestId('tab-clauses').click();
    const clauses = owner.getByTestId('clause');
    await expect.poll(() => clauses.count()).toBe(templateClauses(template).length);
    const vision = clauses.first();
    expect(await vision.getByTestId('clause-from-template').textContent()).toBe('Dari templat');
    expect(await vision.getByTestId('clause-text').textContent()).toContain('Visi: setiap anak yang lahir di daerah ini');
    await vision.getByTestId('clause-history-toggle').click();
    await expect.poll(() => vision.textContent()).toContain(`${TEMPLATE_MARK} «${template.name.id}».`);
    await owner.screenshot({ path: '/tmp/tplshot/console-from-template.png' });
  });
});
