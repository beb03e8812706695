/**
 * A QR code for the join link, drawn as inline SVG by the `qrcode` library (no canvas, no
 * network). Error correction M survives a projector's glare and a phone camera at the back
 * of the room; the quiet zone keeps scanners happy on dark slides.
 */
import QRCode from 'qrcode';
import { useMemo } from 'react';

export function QrCode({ value, label }: { value: string; label: string }) {
  const svg = useMemo(() => {
    let markup = '';
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }, (err, out) => {
      if (!err) markup = out;
    });
    return markup;
  }, [value]);
  return (
    <span
      className="qr-code"
      data-testid="qr-code"
      data-value={value}
      role="img"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated locally by the qrcode library from our own URL
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
