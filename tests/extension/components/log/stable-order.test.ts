import { describe, expect, it } from 'vitest';
import { arrange, FOLD, nextOrder } from '../../../../extension/components/log/stable-order';
import type { ChoreButton } from '../../../../extension/db/core/snapshot';
import { manualChore } from '../../../../shared/chore-record';

const WED = Date.UTC(2025, 10, 12, 9);

/** A button as the snapshot makes it; `name` doubles as the chore's id. */
function button(name: string, flags: { pinned?: boolean; siteMatch?: boolean } = {}): ChoreButton {
  return {
    chore: manualChore({ name }, { id: name, now: WED }),
    usualMinutes: 5,
    lastAt: null,
    pinned: flags.pinned ?? false,
    siteMatch: flags.siteMatch ?? false,
  };
}
const names = (bs: ChoreButton[]) => bs.map((b) => b.chore.id);
const many = (n: number) => Array.from({ length: n }, (_, i) => button(`c${i + 1}`));

describe('the buttons while the popup is open', () => {
  it('keep the order taken at opening when a log moves the chore up in the snapshot', () => {
    const open = [button('a'), button('b'), button('c')];
    let kept = nextOrder(undefined, open);
    // After logging "b" twice, the snapshot's own order puts it first.
    const afterLog = [button('b'), button('a'), button('c')];
    kept = nextOrder(kept, afterLog);
    expect(names(arrange(kept, afterLog).buttons)).toEqual(['a', 'b', 'c']);
  });

  it('show the first five, and pinned and site-matched chores however many there are', () => {
    const twenty = many(20);
    expect(arrange(nextOrder(undefined, twenty), twenty).shown).toBe(FOLD);
    const flagged = [
      ...Array.from({ length: 4 }, (_, i) => button(`pin${i}`, { pinned: true })),
      ...Array.from({ length: 3 }, (_, i) => button(`site${i}`, { siteMatch: true })),
      ...many(13),
    ];
    const arranged = arrange(nextOrder(undefined, flagged), flagged);
    expect(arranged.shown).toBe(7);
    expect(names(arranged.buttons.slice(0, 7))).toEqual([
      'pin0',
      'pin1',
      'pin2',
      'pin3',
      'site0',
      'site1',
      'site2',
    ]);
  });

  it('put a chore created while open right after the shown ones, moving none of them', () => {
    const twenty = many(20);
    let kept = nextOrder(undefined, twenty);
    const withNew = [button('new'), ...twenty];
    kept = nextOrder(kept, withNew);
    const arranged = arrange(kept, withNew);
    expect(names(arranged.buttons.slice(0, 6))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'new']);
    expect(arranged.shown).toBe(6);
    expect(names(arranged.buttons.slice(6, 8))).toEqual(['c6', 'c7']);
  });

  it('close up over a chore that is gone, and move a chore the user pins to the end of the pinned ones', () => {
    const open = [button('p', { pinned: true }), button('a'), button('b'), button('c')];
    let kept = nextOrder(undefined, open);
    const pinnedC = [button('p', { pinned: true }), button('c', { pinned: true }), button('a')];
    kept = nextOrder(kept, pinnedC);
    expect(names(arrange(kept, pinnedC).buttons)).toEqual(['p', 'c', 'a']);
    // Unpinned again, it goes back to its place.
    const unpinned = [button('p', { pinned: true }), button('a'), button('c')];
    expect(names(arrange(nextOrder(kept, unpinned), unpinned).buttons)).toEqual(['p', 'a', 'c']);
  });

  it('always show a chore pinned from beyond the fold', () => {
    const twenty = many(20);
    const kept = nextOrder(undefined, twenty);
    const pinned = twenty.map((b) => (b.chore.id === 'c17' ? button('c17', { pinned: true }) : b));
    const arranged = arrange(nextOrder(kept, pinned), pinned);
    expect(names(arranged.buttons.slice(0, arranged.shown))).toEqual(['c17', 'c1', 'c2', 'c3', 'c4', 'c5']);
  });
});
