import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** Below this the text is too small for the back of the room; past it the box is scaled. */
const MIN_FONT_SCALE = 0.6;

/**
 * Keeps its content inside the board's stage, never below the fold: first smaller text (down
 * to 60 %), and only when that is not enough a scale transform. Refits when the window or
 * the content changes.
 */
export function FitToStage({ children, className = '' }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const content = inner.current;
    if (!outer || !content) return;
    let frame = 0;
    const fits = () => content.scrollHeight <= outer.clientHeight + 1 && content.scrollWidth <= outer.clientWidth + 1;
    const refit = () => {
      content.style.transform = '';
      content.style.fontSize = '1em';
      if (fits()) return;
      let lo = MIN_FONT_SCALE;
      let hi = 1;
      for (let i = 0; i < 7; i++) {
        const mid = (lo + hi) / 2;
        content.style.fontSize = `${mid}em`;
        if (fits()) lo = mid;
        else hi = mid;
      }
      content.style.fontSize = `${lo}em`;
      if (!fits()) {
        const scale = Math.min(outer.clientHeight / content.scrollHeight, outer.clientWidth / content.scrollWidth);
        content.style.transform = `scale(${scale})`;
      }
    };
    // The sizes a fit ended with: a resize that only reports the fit's own change (the text
    // got smaller) needs no second fit, which would repeat every measurement for nothing.
    let fitted = '';
    const sizes = () => `${outer.clientWidth}x${outer.clientHeight} ${content.offsetWidth}x${content.offsetHeight}`;
    const fitAndRemember = () => {
      refit();
      fitted = sizes();
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fitAndRemember);
    };
    fitAndRemember();
    // The content's own size too (fonts arriving, images): a fit ends where it began, so
    // observing what the fit changes does not loop.
    const resized = new ResizeObserver(() => {
      if (sizes() !== fitted) later();
    });
    resized.observe(outer);
    resized.observe(content);
    void document.fonts?.ready.then(later);
    const changed = new MutationObserver(later);
    changed.observe(content, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    };
  }, []);
  return (
    <div ref={box} className={`fit-stage ${className}`}>
      <div ref={inner} className="fit-stage__content">
        {children}
      </div>
    </div>
  );
}
