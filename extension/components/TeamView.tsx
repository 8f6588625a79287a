import { useEffect, useState } from 'preact/hooks';
import type { TeamViewPanel } from './TeamViewPanel';

type Props = Parameters<typeof TeamViewPanel>[0];

/**
 * The popup's Team view, loaded after the popup has shown the user's own chores: sync code is not on
 * the path of the popup's first paint (its open-time budget).
 */
export function TeamView(props: Props) {
  const [Panel, setPanel] = useState<typeof TeamViewPanel>();
  useEffect(() => {
    void import('./TeamViewPanel').then((m) => setPanel(() => m.TeamViewPanel));
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
