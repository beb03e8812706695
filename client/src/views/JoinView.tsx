import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type JoinCatalogue, joinId } from '../i18n/join/id';
import { baseLanguage } from '../i18n/labels';
import { type JoinViewHandle, mountJoinView } from '../join/joinView';
import { Texts } from '../join/texts';
import { navigate } from '../router/navigation';

/**
 * `/j/:joinCode` inside the app (reached from the home page's code box): the plain join view
 * (`join/joinView.ts`, the page a scanned QR code opens without React) in the app's frame,
 * following the app's language.
 */
export function JoinView({ joinCode }: { joinCode: string }) {
  const { i18n } = useTranslation();
  const language = baseLanguage(i18n.language);
  const page = useRef<HTMLDivElement>(null);
  const texts = useRef<Texts | null>(null);

  useEffect(() => {
    if (!page.current) return;
    const current = baseLanguage(i18n.language);
    const bundle = i18n.getResourceBundle(current, 'translation') as JoinCatalogue | undefined;
    texts.current = bundle ? new Texts(current, bundle) : new Texts('id', joinId);
    const view: JoinViewHandle = mountJoinView(page.current, joinCode, { texts: texts.current, go: (path) => navigate(path) });
    return () => view.destroy();
  }, [joinCode, i18n]);

  useEffect(() => {
    void texts.current?.setLanguage(language);
  }, [language]);

  return <div ref={page} className="page page--narrow" data-testid="join-view" />;
}
