/**
 * A QR code for the join link, drawn as inline SVG by the `qrcode` library (no canvas, no
 * network). Error correction M survives a projector's glare and a phone camera at the back
 * of the room; the quiet zone keeps scanners happy on dark slides.
 *
 * Drawn in a task of its own after the screen appeared (choosing the mask pattern takes tens of
 * milliseconds on a slow device): the box keeps its size (CSS) and its label meanwhile.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function QrCode({ value, label }: { value: string; label: string }) {
  const [drawn, setDrawn] = useState<{ value: string; svg: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }, (err, out) => {
        if (!err) setDrawn({ value, svg: out });
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [value]);
  return (
    <span
      className="qr-code"
      data-testid="qr-code"
      data-value={value}
      data-drawn={drawn?.value === value}
      role="img"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated locally by the qrcode library from our own URL
      dangerouslySetInnerHTML={{ __html: drawn?.value === value ? drawn.svg : '' }}
    />
  );
}
