import { useEffect } from 'react';

/** `<title>`: the page's subject first, so tabs and task switchers stay readable. */
export function useDocumentTitle(subject: string | null | undefined): void {
  useEffect(() => {
    document.title = subject ? `${subject} · Mufakat` : 'Mufakat';
  }, [subject]);
}
