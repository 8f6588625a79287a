/** Runs `task` while holding a lock; one sync at a time across the popup, pages and background. */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

type Locks = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** The Web Locks API (shared by every context of the extension's origin); a local queue without it. */
export function webLock(name = 'toil-sync', locks: Locks | undefined = globalThis.navigator?.locks): Lock {
  if (locks) return (task) => locks.request(name, task);
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
