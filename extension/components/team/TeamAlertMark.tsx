/**
 * The full page's mark on the way to the Team section when it needs a look, and why in words for screen
 * readers; the popup's Team tab carries the same (popup/ViewTabs.tsx).
 */
export function TeamAlertMark({ why }: { why: string }) {
  return (
    <span class="tab-alert">
      <span aria-hidden="true">!</span>
      <span class="visually-hidden"> ({why})</span>
    </span>
  );
}
