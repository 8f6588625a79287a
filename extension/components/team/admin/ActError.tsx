/** An admin action's failure, announced, right under the controls that caused it. */
export function ActError({ error }: { error: string | undefined }) {
  return error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : null;
}
