import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Choose or drop a bundle file; its text goes to `onFile`, never to a server. */
export function BundlePicker({ onFile }: { onFile: (text: string, name: string) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const read = (file: File | undefined) => {
    if (file) void file.text().then((text) => onFile(text, file.name));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    read(event.dataTransfer.files[0]);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the labelled file input is the keyboard way
    <div className={`bundle-picker${over ? ' is-over' : ''}`} data-testid="bundle-picker"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
      <label htmlFor="bundle-file" className="button button--primary">{t('verify.choose')}</label>
      <input id="bundle-file" className="visually-hidden" type="file" accept=".json,application/json" data-testid="bundle-file"
        onChange={(e) => { read(e.target.files?.[0]); e.target.value = ''; }} />
      <p className="field__hint">{t('verify.drop')}</p>
    </div>
  );
}
