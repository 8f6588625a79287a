import { render } from 'preact';

render(
  <main>
    <h1>Toil Tracker</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
