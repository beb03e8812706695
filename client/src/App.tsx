import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_ID_PATTERN } from '../../shared/protocol';
import { LanguageSwitch } from './features/language/LanguageSwitch';
import { Link } from './router/Link';
import { usePathname } from './router/navigation';
import { matchRoute, paths, type Route } from './router/routes';
import { NotFoundView } from './views/NotFoundView';
import { lazyNamed } from './features/common/lazyNamed';
import { PartLoading } from './features/common/PartLoading';

/*
 * Every screen is a chunk of its own, fetched when its route is opened: a phone joining the
 * workshop does not download the console, the board, the editor or the signing code first.
 * The entry holds React, i18next, Bahasa Indonesia, the router and this header.
 */
const HomeView = lazyNamed(() => import('./views/HomeView'), 'HomeView');
const JoinView = lazyNamed(() => import('./views/JoinView'), 'JoinView');
const ParticipantView = lazyNamed(() => import('./views/ParticipantView'), 'ParticipantView');
const FacilitatorView = lazyNamed(() => import('./views/FacilitatorView'), 'FacilitatorView');
const BoardView = lazyNamed(() => import('./views/BoardView'), 'BoardView');
const SignOffView = lazyNamed(() => import('./views/SignOffView'), 'SignOffView');
const VerifyView = lazyNamed(() => import('./views/VerifyView'), 'VerifyView');
const OwnerView = lazyNamed(() => import('./views/OwnerView'), 'OwnerView');

export function App() {
  const { t } = useTranslation();
  const route = matchRoute(usePathname());
  return (
    <div className={`app app--${route.name}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link className="app-header__brand" href={paths.home()}>
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<PartLoading />}>{renderRoute(route)}</Suspense>
      </main>
    </div>
  );
}

/** `key` remounts a view when its id changes, so no state leaks between workshops. */
function renderRoute(route: Route) {
  if ('workshopId' in route && !WORKSHOP_ID_PATTERN.test(route.workshopId)) return <NotFoundView />;
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'join':
      return <JoinView key={route.joinCode} joinCode={route.joinCode} />;
    case 'participant':
      return <ParticipantView key={route.workshopId} workshopId={route.workshopId} />;
    case 'facilitator':
      return <FacilitatorView key={route.workshopId} workshopId={route.workshopId} />;
    case 'board':
      return <BoardView key={route.workshopId} workshopId={route.workshopId} />;
    case 'signOff':
      return <SignOffView key={route.workshopId} workshopId={route.workshopId} />;
    case 'verify':
      return <VerifyView />;
    case 'owner':
      return <OwnerView />;
    case 'notFound':
      return <NotFoundView />;
  }
}
