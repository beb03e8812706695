import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Choose or drop a bundle file or the naskah PDF; its bytes go to `onFile`, never to a server.
 * Bytes, not `file.text()`: that decodes leniently and would hide invalid UTF-8 from the verifier.
 */
export function BundlePicker({ onFile }: { onFile: (bytes: Uint8Array, name: string) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const read = (file: File | undefined) => {
    if (file) void file.arrayBuffer().then((buffer) => onFile(new Uint8Array(buffer), file.name));
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
      <input id="bundle-file" className="visually-hidden" type="file" accept=".json,application/json,.pdf,application/pdf" data-testid="bundle-file"
        onChange={(e) => { read(e.target.files?.[0]); e.target.value = ''; }} />
      <p className="field__hint">{t('verify.drop')}</p>
    </div>
  );
}
