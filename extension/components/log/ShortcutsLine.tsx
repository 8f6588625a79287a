import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOG_LAST_CHORE } from '../../features/commands';

type Commands = Pick<typeof browser.commands, 'getAll'>;
export type Shortcut = { keys: string; what: string };

/** What each of the manifest's commands does, in words (wxt.config.ts declares them). */
const WHAT: Record<string, string> = {
  _execute_action: 'opens the popup',
  [LOG_LAST_CHORE]: 'logs the last chore again',
};

/**
 * The extension's keyboard shortcuts as the user has them now (they can change or remove them in the
 * browser's shortcut settings), read from the browser; those without keys are left out.
 */
export async function readShortcuts(commands: Commands | undefined = browser.commands): Promise<Shortcut[]> {
  try {
    const all = (await commands?.getAll()) ?? [];
    return all.flatMap((c) => {
      const what = (c.name && WHAT[c.name]) || c.description;
      return c.shortcut && what ? [{ keys: c.shortcut, what }] : [];
    });
  } catch {
    return [];
  }
}

type Props = {
  /** Keys of the page itself, shown first (the popup's "1–9 log a button"). */
  own?: Shortcut[];
  commands?: Commands | undefined;
};

/** One line naming the keyboard shortcuts: in the popup's Log view and in the full page's header. */
export function ShortcutsLine({ own = [], commands }: Props) {
  const [browserKeys, setBrowserKeys] = useState<Shortcut[]>([]);
  useEffect(() => {
    let live = true;
    void readShortcuts(commands).then((found) => live && setBrowserKeys(found));
    return () => {
      live = false;
    };
  }, [commands]);
  const all = [...own, ...browserKeys];
  if (all.length === 0) return null;
  return (
    <p class="shortcuts muted small" id="shortcuts">
      <span class="visually-hidden">Keyboard shortcuts: </span>
      {all.map((s, i) => (
        <span key={s.keys} class="shortcut">
          {i > 0 ? ' · ' : ''}
          <kbd>{s.keys}</kbd> {s.what}
        </span>
      ))}
    </p>
  );
}
