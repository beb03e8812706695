import { WORKSHOP_ID_PATTERN } from '../../shared/protocol';
import { readToken, tokenFromFragment } from './api/tokens';
import { prefetchWorkshop } from './api/workshop';
import { matchRoute } from './router/routes';
import './styles.css';

/*
 * The entry holds neither React nor i18next. The join page (`/j/<code>`, the QR code a phone
 * scans on the room's Wi-Fi) is plain DOM (`join/joinPage.ts`, client/CONTEXT.md "The join
 * page"); every other route loads the React app (`boot.tsx`), which takes over the join page too
 * once the person leaves it.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const bootApp = () => import('./boot').then((m) => m.bootApp(container));
const route = matchRoute(location.pathname);
if ('workshopId' in route) {
  // The screen's first request, started now rather than after its code arrives; the token is
  // only read here (the screen moves it from the link into storage, see useWorkshop).
  const slot = route.name === 'board' ? 'board' : 'member';
  const token = tokenFromFragment(location.hash) ?? readToken(route.workshopId, slot) ?? (slot === 'board' ? readToken(route.workshopId) : null);
  if (token && WORKSHOP_ID_PATTERN.test(route.workshopId)) prefetchWorkshop(route.workshopId, token);
}
if (route.name === 'join') void import('./join/joinPage').then((m) => m.startJoinPage(container, route.joinCode, bootApp));
else void bootApp();

// The service worker only in production builds: in dev it would cache Vite's modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Service worker not registered; offline reload will not work.', error);
    });
  });
}
