import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { syncServerClock } from './sync/serverClock';
import './styles.css';

// The shared step timer runs on server time; re-measured when the network comes back.
void syncServerClock();
window.addEventListener('online', () => void syncServerClock());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// Renders once the stored language's catalogue is here (at once for Bahasa Indonesia).
void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// The service worker only in production builds: in dev it would cache Vite's modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Service worker not registered; offline reload will not work.', error);
    });
  });
}
