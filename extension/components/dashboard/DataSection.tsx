import { useState } from 'preact/hooks';
import type { ImportProblem } from '../../../shared/transfer';
import { exportCsv, exportJson, importJson, type ToilDb } from '../../db/dexie';
import { downloadText } from '../../lib/download';
import { userMessage } from '../../lib/user-message';

type Props = { db: ToilDb };
type Outcome = { ok: true; text: string } | { ok: false; text: string; problems: ImportProblem[] };

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export everything (JSON to re-import, CSV for spreadsheets) and import a JSON export. */
export function DataSection({ db }: Props) {
  const [outcome, setOutcome] = useState<Outcome>();

  const download = async (kind: 'json' | 'csv') => {
    try {
      if (kind === 'json')
        downloadText(`toil-tracker-${stamp()}.json`, await exportJson(db), 'application/json');
      else downloadText(`toil-tracker-${stamp()}.csv`, await exportCsv(db), 'text/csv');
    } catch (err) {
      setOutcome({ ok: false, text: userMessage(err), problems: [] });
    }
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await importJson(db, await file.text());
      if (result.ok) {
        const dropped = result.repositoriesDropped ?? 0;
        const repositories =
          dropped === 0
            ? ''
            : ` Its ${dropped === 1 ? 'repository was' : `${dropped} repositories were`} left out: set a chore's repository on its card.`;
        setOutcome({
          ok: true,
          text: `Imported ${result.chores.length} chores and ${result.occurrences.length} entries from ${file.name}.${repositories}`,
        });
      } else {
        const more = result.totalProblems - result.problems.length;
        setOutcome({
          ok: false,
          text: `${file.name} was not imported; nothing was changed.${more > 0 ? ` ${result.totalProblems} problems; the first ones:` : ''}`,
          problems: result.problems,
        });
      }
    } catch (err) {
      setOutcome({ ok: false, text: userMessage(err), problems: [] });
    } finally {
      input.value = '';
    }
  };

  return (
    <section id="data" aria-labelledby="data-heading" class="panel">
      <h2 id="data-heading">Export and import</h2>
      <div class="row wrap">
        <button type="button" onClick={() => void download('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => void download('csv')}>
          Export CSV
        </button>
        <span class="muted small">Your data never leaves this browser unless you export or sync it.</span>
      </div>
      <div class="row wrap import">
        <label for="import-file">Import a JSON export</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void load(e.currentTarget)}
        />
      </div>
      <div aria-live="polite" class="import-outcome">
        {outcome ? (
          <div role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ok' : 'error'}>
            <p>{outcome.text}</p>
            {!outcome.ok && outcome.problems.length > 0 ? (
              <ul>
                {outcome.problems.map((p) => (
                  <li key={`${p.where}:${p.message}`}>
                    {p.where}: {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
