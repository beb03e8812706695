import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { syncServerClock } from './sync/serverClock';

/**
 * The React app: every page but the join page opened directly (`main.tsx`), and the join page
 * once the person leaves it (joined, "open my workshop", home). Renders into `container`,
 * replacing what is there, once the stored language's catalogue is here.
 */
export async function bootApp(container: HTMLElement): Promise<void> {
  // The shared step timer runs on server time; re-measured when the network comes back.
  void syncServerClock();
  window.addEventListener('online', () => void syncServerClock());
  await initI18n();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
