/**
 * `/j/:joinCode` without React: check the code, recognise a device that already joined, then
 * ask who is joining (name, sector, category, user group). A phone scanning the projector's QR
 * code on the room's Wi-Fi downloads this, not React and i18next (client/CONTEXT.md "The join
 * page"). The same code runs inside the app (`views/JoinView.tsx`) when someone arrives from the
 * home page, so there is one join page. On success the token is stored and `go` opens /w/<id>.
 */
import { isSector, isStakeholderCategory, SECTORS, type Sector, type StakeholderCategory } from '../../../shared/schema/stakeholders';
import { ApiError } from '../api/http';
import { joinWorkshop, lookupJoinCode } from '../api/join';
import { saveToken } from '../api/tokens';
import type { JoinCodeInfo } from '../api/types';
import { categoriesBySector, categoryLabel, defaultCategoryFor, sectorLabel } from '../i18n/labels';
import { paths } from '../router/routes';
import { appLink, h } from './dom';
import { type KnownMember, knownMember } from './knownMember';
import type { JoinKey, Texts } from './texts';

type Lookup = { state: 'checking' } | { state: 'found'; info: JoinCodeInfo } | { state: 'failed'; error: ApiError };

export interface JoinViewOptions {
  texts: Texts;
  /** Opens another page of the app (the participant view, home, the person's workshop). */
  go: (path: string) => void;
}

export interface JoinViewHandle {
  /** Stops answering late replies; `clear` also empties the page (the app keeps it until it renders). */
  destroy(clear?: boolean): void;
}

let instances = 0;

/** Fills `page` (the `.page` element, `data-testid=join-view`) with the join page. */
export function mountJoinView(page: HTMLElement, joinCode: string, { texts, go }: JoinViewOptions): JoinViewHandle {
  const idPrefix = `join${++instances}`;
  let destroyed = false;
  let lookup: Lookup = { state: 'checking' };
  let known: KnownMember | null | undefined;
  let someoneElse = false;
  let form: HTMLFormElement | null = null;
  let attempt = 0;

  const link = (href: string, className: string, key: JoinKey, testId?: string) =>
    texts.bind(appLink(href, { class: className, 'data-testid': testId }, go), (t) => t(key));

  function render(): void {
    if (destroyed) return;
    const subject = lookup.state === 'found' ? lookup.info.title : null;
    // `<title>`: the page's subject first (as views/useDocumentTitle.ts).
    const heading = texts.bind(h('h1'), (t) => {
      const text = subject ?? t('join.title');
      document.title = `${text} · Mufakat`;
      return text;
    });
    page.replaceChildren(heading, ...body());
  }

  function body(): Node[] {
    if (lookup.state === 'checking') return [texts.bind(h('p', { role: 'status' }), (t) => t('join.checking'))];
    if (lookup.state === 'failed') {
      const { error } = lookup;
      const retry =
        error.status !== 404 &&
        texts.bind(h('button', { type: 'button', class: 'button' }), (t) => t('join.retry'));
      if (retry) retry.addEventListener('click', () => void check());
      return [
        h(
          'div',
          { class: 'notice notice--error', role: 'alert', 'data-testid': 'join-lookup-error' },
          texts.bind(h('p'), (t) => (error.status === 404 ? t('join.notFound', { code: joinCode }) : t('join.lookupFailed'))),
          h('p', { class: 'notice__actions' }, retry, link(paths.home(), 'button button--quiet', 'join.otherCode')),
        ),
      ];
    }
    const { info } = lookup;
    const nodes: Node[] = [texts.bind(h('p', { class: 'lead' }), (t) => t('join.service', { serviceName: info.serviceName }))];
    if (known === undefined) nodes.push(texts.bind(h('p', { role: 'status' }), (t) => t('join.checking')));
    if (known && !someoneElse) {
      const member = known;
      const other = texts.bind(h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'join-someone-else' }), (t) => t('join.someoneElse'));
      other.addEventListener('click', () => {
        someoneElse = true;
        render();
      });
      nodes.push(
        h(
          'div',
          { class: 'notice notice--info', 'data-testid': 'join-already' },
          texts.bind(h('p'), (t) => (member.name ? t('join.alreadyJoined', { name: member.name }) : t('join.alreadyJoinedNoName'))),
          h('p', { class: 'notice__actions' }, link(member.href, 'button button--primary', 'join.openMine', 'join-open-mine'), other),
        ),
      );
    }
    if (known && someoneElse) nodes.push(texts.bind(h('p', { class: 'field__hint' }), (t) => t('join.someoneElseHint')));
    if (known === null || (known && someoneElse)) {
      form ??= joinForm(idPrefix, joinCode, texts, go);
      nodes.push(form);
    }
    return nodes;
  }

  async function check(): Promise<void> {
    const mine = ++attempt;
    lookup = { state: 'checking' };
    render();
    try {
      const info = await lookupJoinCode(joinCode);
      if (destroyed || mine !== attempt) return;
      lookup = { state: 'found', info };
      known = undefined;
      render();
      const member = await knownMember(info.workshopId);
      if (destroyed || mine !== attempt) return;
      known = member;
      render();
    } catch (error) {
      if (destroyed || mine !== attempt) return;
      lookup = { state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)) };
      render();
    }
  }

  void check();
  return {
    destroy(clear = true) {
      destroyed = true;
      if (clear) page.replaceChildren();
    },
  };
}

/** Name, sector, category and user group; on success the token is stored and `go` opens /w/<id>. */
function joinForm(idPrefix: string, joinCode: string, texts: Texts, go: (path: string) => void): HTMLFormElement {
  const id = (field: string) => `${idPrefix}-${field}`;
  let sector: Sector | '' = '';
  let category: StakeholderCategory | '' = '';
  let busy = false;
  let errorLine: HTMLElement | null = null;
  const label = (field: string, key: JoinKey) => texts.bind(h('label', { for: id(field) }), (t) => t(key));
  const hint = (field: string, key: JoinKey) => texts.bind(h('p', { id: id(`${field}-hint`), class: 'field__hint' }), (t) => t(key));

  const nameInput = h('input', {
    id: id('name'), class: 'input', name: 'name', autocomplete: 'name', maxlength: '80', required: true,
    'aria-describedby': id('name-hint'), 'data-testid': 'join-name',
  });
  const sectorSelect = h(
    'select',
    { id: id('sector'), class: 'input', name: 'sector', required: true, 'data-testid': 'join-sector' },
    texts.bind(h('option', { value: '', disabled: true, selected: true }), (t) => t('join.sectorPlaceholder')),
    ...SECTORS.map((s) => texts.bind(h('option', { value: s }), () => sectorLabel(s, texts.language))),
  );
  const categorySelect = h('select', { id: id('category'), class: 'input', name: 'category', required: true, 'data-testid': 'join-category' });
  const groupInput = h('input', {
    id: id('group'), class: 'input', name: 'userGroup', maxlength: '80',
    'aria-describedby': id('group-hint'), 'data-testid': 'join-user-group',
  });
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'join-submit' });
  texts.bind(submit, (t) => t(busy ? 'join.submitting' : 'join.submit'));

  const fillCategories = () => {
    const option = (c: StakeholderCategory) => texts.bind(h('option', { value: c }), () => categoryLabel(c, texts.language));
    categorySelect.disabled = !sector;
    if (!sector) {
      categorySelect.replaceChildren(texts.bind(h('option', { value: '' }), (t) => t('join.sectorPlaceholder')));
      return;
    }
    const groups = categoriesBySector(sector);
    categorySelect.replaceChildren(
      texts.bind(h('optgroup', {}, ...groups.matching.map(option)), (t) => t('join.categoriesForSector'), 'label'),
      texts.bind(h('optgroup', {}, ...groups.other.map(option)), (t) => t('join.otherCategories'), 'label'),
    );
    categorySelect.value = category;
  };
  fillCategories();

  nameInput.addEventListener('input', () => nameInput.removeAttribute('aria-invalid'));
  sectorSelect.addEventListener('change', () => {
    sectorSelect.removeAttribute('aria-invalid');
    const value = sectorSelect.value;
    sector = isSector(value) ? value : '';
    // Keep a category that fits the new sector; otherwise preselect the sector's first one.
    if (sector && !(category && categoriesBySector(sector).matching.includes(category))) category = defaultCategoryFor(sector);
    fillCategories();
  });
  categorySelect.addEventListener('change', () => {
    if (isStakeholderCategory(categorySelect.value)) category = categorySelect.value;
  });

  const setBusy = (value: boolean) => {
    busy = value;
    submit.disabled = value;
    submit.textContent = texts.t(value ? 'join.submitting' : 'join.submit');
  };
  /** Shows the message; the field it is about (or the button, after a refused request) gets focus. */
  const fail = (key: JoinKey, params: Record<string, string> | undefined, focus: HTMLElement) => {
    errorLine?.remove();
    errorLine = texts.bind(h('p', { class: 'field__error', role: 'alert', 'data-testid': 'join-error' }), (t) => t(key, params));
    submit.before(errorLine);
    for (const field of [nameInput, sectorSelect]) field.toggleAttribute('aria-invalid', false);
    if (focus !== submit) focus.setAttribute('aria-invalid', 'true');
    focus.focus();
  };

  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': 'join-form' },
    h('div', { class: 'field' }, label('name', 'join.nameLabel'), nameInput, hint('name', 'join.nameHint')),
    h('div', { class: 'field' }, label('sector', 'join.sectorLabel'), sectorSelect),
    h('div', { class: 'field' }, label('category', 'join.categoryLabel'), categorySelect),
    h('div', { class: 'field' }, label('group', 'join.userGroupLabel'), groupInput, hint('group', 'join.userGroupHint')),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const name = nameInput.value.trim();
    if (!name) return fail('join.nameRequired', undefined, nameInput);
    if (!sector || !category) return fail('join.sectorRequired', undefined, sectorSelect);
    setBusy(true);
    errorLine?.remove();
    errorLine = null;
    const group = groupInput.value.trim();
    joinWorkshop({ joinCode, name, sector, category, ...(group ? { userGroup: group } : {}) }).then(
      (joined) => {
        saveToken(joined.workshopId, joined.participantToken);
        go(paths.participant(joined.workshopId));
      },
      (failure: unknown) => {
        const apiError = failure instanceof ApiError ? failure : null;
        setBusy(false);
        if (apiError?.code === 'device_revoked') fail('join.deviceRevoked', undefined, submit);
        else if (apiError?.isNetwork) fail('join.network', undefined, submit);
        else fail('join.failed', { message: apiError?.message || apiError?.code || String(failure) }, submit);
      },
    );
  });
  return form;
}
