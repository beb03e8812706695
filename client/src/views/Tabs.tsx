import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

/**
 * WAI-ARIA tabs: arrow keys move between tabs (automatic activation), Tab moves into the panel.
 * The tab of the current agenda step carries a dot so people see where the room is.
 */
export function Tabs<T extends string>({
  tabs,
  current,
  onSelect,
  label,
  labelOf,
  highlight,
  children,
}: {
  tabs: readonly T[];
  current: T;
  onSelect: (tab: T) => void;
  label: string;
  labelOf: (tab: T) => string;
  highlight?: T;
  children: ReactNode;
}) {
  const id = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(current);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length] as T;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown} tabIndex={-1}>
        {tabs.map((tab) => (
          <button key={tab} type="button" role="tab" id={`${id}-${tab}`} aria-controls={`${id}-panel`} aria-selected={tab === current}
            tabIndex={tab === current ? 0 : -1} ref={(el) => { refs.current[tab] = el; }} onClick={() => onSelect(tab)}
            className="tabs__tab" data-testid={`tab-${tab}`}>
            {labelOf(tab)}
            {tab === highlight && <span className="tabs__now" aria-hidden="true"> ●</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${current}`} className="tabs__panel">
        {children}
      </div>
    </div>
  );
}
