/** The popup benchmark's baseline: a Preact page with no data at all, rendering a small ranked list. */
import { render } from 'preact';

render(
  <main>
    <h1>Toil Tracker</h1>
    <ol class="ranking" aria-label="Chores ranked by pain">
      <li>Nothing yet</li>
    </ol>
  </main>,
  document.getElementById('app') as HTMLElement,
);
