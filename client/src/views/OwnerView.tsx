import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import * as ownerApi from '../api/owner';
import type { NewWorkshopInput, OwnedWorkshop } from '../api/owner';
import { KeepLinkCard } from '../features/links/KeepLinkCard';
import { NewWorkshopForm } from '../features/owner/NewWorkshopForm';
import { type ItemActions, OwnedWorkshopItem } from '../features/owner/OwnedWorkshopItem';
import { splitByArchive } from '../features/owner/ownerModel';
import { useDocumentTitle } from './useDocumentTitle';

interface ShownLink {
  url: string;
  title: string;
  facilitatorName: string;
}

/** `/o#token=…`: the server owner's home page: create workshops, "my workshops", facilitator links. */
export function OwnerView() {
  const { t } = useTranslation();
  const [token] = useState(ownerApi.adoptOwnerToken);
  const [list, setList] = useState<OwnedWorkshop[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<ShownLink | null>(null);
  useDocumentTitle(t('owner.pageTitle'));

  const reload = useCallback(() => {
    if (!token) return;
    ownerApi.listWorkshops(token).then(
      (l) => {
        setList(l);
        setError(null);
      },
      (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e))),
    );
  }, [token]);
  useEffect(reload, [reload]);

  if (!token) return <OwnerProblem message={t('owner.noToken')} />;
  if (error && error.status === 401) return <OwnerProblem message={t('owner.refused')} />;

  const show = (w: { title: string }, issued: ownerApi.IssuedFacilitatorLink) =>
    setLink({ url: `${location.origin}${issued.path}`, title: w.title, facilitatorName: issued.facilitator.name });

  const create = async (input: NewWorkshopInput): Promise<string | null> => {
    try {
      const created = await ownerApi.createWorkshop(token, input);
      show(created.workshop, created);
      reload();
      return null;
    } catch (e) {
      return t('owner.createFailed', { message: e instanceof Error ? e.message : String(e) });
    }
  };

  const act = (fn: () => Promise<void>) => {
    setBusy(true);
    fn()
      .catch(() => setError(new ApiError(0, 'action', t('owner.actionFailed'))))
      .finally(() => setBusy(false));
  };
  const actions: ItemActions = {
    open: (w) => act(async () => void location.assign((await ownerApi.issueFacilitatorLink(token, w.workshopId)).path)),
    newLink: (w) => act(async () => show(w, await ownerApi.issueFacilitatorLink(token, w.workshopId))),
    archive: (w, archived) =>
      act(async () => {
        await ownerApi.setArchived(token, w.workshopId, archived);
        reload();
      }),
  };
  const { current, archived } = splitByArchive(list ?? []);

  return (
    <div className="page" data-testid="owner-view">
      <h1>{t('owner.title')}</h1>
      <p className="lead">{t('owner.intro')}</p>
      {link && (
        <KeepLinkCard url={link.url} title={t('owner.linkTitle', { title: link.title })}
          explanation={`${t('owner.linkFor', { name: link.facilitatorName })} ${t('keepLink.facilitator')}`} onClose={() => setLink(null)} />
      )}
      {link && (
        <p>
          <a className="button button--primary" href={link.url} data-testid="owner-open-link">{t('owner.openLink')}</a>
        </p>
      )}
      <section className="panel">
        <NewWorkshopForm onCreate={create} />
      </section>
      {error && (
        <p className="field__error" role="alert">
          {error.code === 'action' ? error.message : t('owner.loadFailed')}{' '}
          <button type="button" className="button button--small" onClick={reload}>{t('owner.retry')}</button>
        </p>
      )}
      <section className="panel" aria-labelledby="owner-current">
        <h2 id="owner-current">{t('owner.current')}</h2>
        {list && current.length === 0 && <p className="empty">{t('owner.none')}</p>}
        <ul className="owner-list" data-testid="owner-current">
          {current.map((w) => <OwnedWorkshopItem key={w.workshopId} w={w} actions={actions} busy={busy} />)}
        </ul>
        {archived.length > 0 && (
          <>
            <h2>{t('owner.archived')}</h2>
            <ul className="owner-list" data-testid="owner-archived">
              {archived.map((w) => <OwnedWorkshopItem key={w.workshopId} w={w} actions={actions} busy={busy} />)}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

function OwnerProblem({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow" data-testid="owner-view">
      <h1>{t('owner.title')}</h1>
      <p className="field__error" role="alert">{message}</p>
    </div>
  );
}
