import { useTranslation } from 'react-i18next';
import { WORKSHOP_ID_PATTERN } from '../../shared/protocol';
import { LanguageSwitch } from './features/language/LanguageSwitch';
import { Link } from './router/Link';
import { usePathname } from './router/navigation';
import { matchRoute, paths, type Route } from './router/routes';
import { BoardView } from './views/BoardView';
import { FacilitatorView } from './views/FacilitatorView';
import { HomeView } from './views/HomeView';
import { JoinView } from './views/JoinView';
import { NotFoundView } from './views/NotFoundView';
import { OwnerView } from './views/OwnerView';
import { ParticipantView } from './views/ParticipantView';
import { SignOffView } from './views/SignOffView';
import { VerifyView } from './views/VerifyView';

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
        {renderRoute(route)}
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
