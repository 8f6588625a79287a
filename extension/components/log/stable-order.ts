import { useRef } from 'preact/hooks';
import type { ChoreButton } from '../../db/core/snapshot';

/**
 * The buttons keep their places while the popup is open: a log re-reads the snapshot, whose order
 * (core/snapshot.ts's buttonOrder) moves the chore just logged up, and a second click on the same spot
 * then logged another chore (issue 14). So the order is taken once, from the first snapshot shown, and
 * later snapshots only fill it in.
 */

/** Buttons shown before "Show all" when none is pinned or matches the site (the popup is 600 px tall). */
export const FOLD = 5;

/** The order taken at opening, and how many of its first chores show before "Show all". */
export type Frozen = { order: readonly string[]; shown: number };

export type Arranged = {
  /** Pinned first (in the order pinned), then the others in the order taken at opening. */
  buttons: ChoreButton[];
  /** How many of `buttons` show before "Show all": pinned and site-matched ones always do. */
  shown: number;
};

/**
 * The order after a new snapshot: the first one's order, or the one kept with the chores that are new
 * since (created in the popup or elsewhere) placed right after the shown ones. There they show at once
 * and move no button the user can see (after the pinned ones, they would push every other one down).
 */
export function nextOrder(kept: Frozen | undefined, buttons: readonly ChoreButton[]): Frozen {
  if (!kept) {
    const always = buttons.filter((b) => b.pinned || b.siteMatch).length;
    return { order: buttons.map((b) => b.chore.id), shown: Math.max(FOLD, always) };
  }
  const known = new Set(kept.order);
  const added = buttons.filter((b) => !known.has(b.chore.id)).map((b) => b.chore.id);
  if (added.length === 0) return kept;
  const { order, shown } = kept;
  return { order: [...order.slice(0, shown), ...added, ...order.slice(shown)], shown: shown + added.length };
}

/**
 * The snapshot's buttons in the kept order. Chores gone since (deleted, archived, automated) leave
 * their place empty and the others close up. Pinning is the one change that moves a button: the user
 * asked for it, and the pinned chore goes to the end of the pinned group, at the top.
 */
export function arrange(kept: Frozen, buttons: readonly ChoreButton[]): Arranged {
  const byId = new Map(buttons.map((b) => [b.chore.id, b]));
  const pinned = buttons.filter((b) => b.pinned);
  const shownIds = new Set(kept.order.slice(0, kept.shown));
  const rest = kept.order.flatMap((id) => {
    const b = byId.get(id);
    return b && !b.pinned ? [b] : [];
  });
  const shownRest = rest.filter((b) => shownIds.has(b.chore.id) || b.siteMatch).length;
  return { buttons: [...pinned, ...rest], shown: pinned.length + shownRest };
}

/** The buttons in the order taken when the component first rendered (the popup's opening). */
export function useStableOrder(buttons: readonly ChoreButton[]): Arranged {
  const kept = useRef<Frozen | undefined>(undefined);
  kept.current = nextOrder(kept.current, buttons);
  return arrange(kept.current, buttons);
}
