import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Props } from './DiscoverySection';

/**
 * The discovery section, loaded when the full page shows: its analysis (shared/discovery) never loads
 * in the popup or the background (tests/architecture.test.ts).
 */
export function LazyDiscovery(props: Props) {
  const [Section, setSection] = useState<ComponentType<Props>>();
  useEffect(() => {
    void import('./DiscoverySection').then((m) => setSection(() => m.DiscoverySection));
  }, []);
  return Section ? (
    <Section {...props} />
  ) : (
    <section id="discovery" class="panel" aria-busy="true">
      <h2>Find toil in my browsing</h2>
    </section>
  );
}
