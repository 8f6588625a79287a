import { useState } from 'preact/hooks';
import { adminMessage } from './admin-message';

/** Runs one admin action at a time and keeps its failure as a sentence, shown next to what caused it. */
export function useAct() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async (task: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await task();
      return true;
    } catch (failure) {
      setError(adminMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
