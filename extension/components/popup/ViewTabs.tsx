import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type View = 'log' | 'ranking' | 'team';
export const VIEW_LABELS: Record<View, string> = { log: 'Log', ranking: 'Ranking', team: 'Team' };

type Props = { views: readonly View[]; current: View; onChange(view: View): void };

/**
 * The popup's views as tabs (the WAI-ARIA tabs pattern): one Tab stop, the arrow keys, Home and End
 * move between them and show the one reached.
 */
export function ViewTabs({ views, current, onChange }: Props) {
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const go = (index: number) => {
    const view = views[(index + views.length) % views.length];
    if (!view) return;
    onChange(view);
    tabs.current[view]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: views.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div role="tablist" aria-label="Views" class="tabs">
      {views.map((view, i) => (
        <button
          key={view}
          ref={(el) => {
            tabs.current[view] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${view}`}
          aria-selected={view === current}
          aria-controls={`view-${view}`}
          tabIndex={view === current ? 0 : -1}
          onClick={() => onChange(view)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {VIEW_LABELS[view]}
        </button>
      ))}
    </div>
  );
}

/** A view's panel: kept in the page while hidden, so it keeps its state (the week shown, "Show all"). */
export function ViewPanel({
  view,
  shown,
  children,
}: {
  view: View;
  shown: boolean;
  children: ComponentChildren;
}) {
  return (
    <div role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`} class="view" hidden={!shown}>
      {children}
    </div>
  );
}
