import '../../styles/issue.css';
import { useState } from 'preact/hooks';
import { automationIssue } from '../../../shared/automation-issue';
import { type ForgeHost, newIssueUrl, parseRepository } from '../../../shared/forge';
import type { RankingSettings } from '../../../shared/model';
import type { RankedChore } from '../../../shared/ranking';

type Props = {
  ranked: RankedChore;
  settings: RankingSettings;
  /** The chore's repository (GitHub or GitLab): "Open issue" files it there. */
  repository?: string | undefined;
  /** The user's self-hosted forges: a repository elsewhere than on these, github.com or gitlab.com gets no link. */
  forgeHosts: readonly ForgeHost[];
  /** Entries behind the figures estimated from browser history. */
  estimated?: number;
};

/**
 * "Copy as issue" (Markdown on the clipboard) and, with a repository, "Open issue": a plain link to the
 * forge's new-issue page with title and body filled in. The extension itself sends nothing.
 */
export function IssueActions({ ranked, settings, repository, forgeHosts, estimated = 0 }: Props) {
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const issue = () => automationIssue({ ranked, settings, estimated, now: Date.now() });
  const copy = async () => {
    const { title, body } = issue();
    try {
      await navigator.clipboard.writeText(`# ${title}\n\n${body}\n`);
      setSaid({ ok: true, text: 'Copied: paste it into a new issue.' });
    } catch {
      setSaid({ ok: false, text: 'The clipboard refused; nothing was copied.' });
    }
  };
  const repo = repository ? parseRepository(repository, forgeHosts) : undefined;
  return (
    <div class="row wrap issue-actions">
      <button type="button" onClick={() => void copy()}>
        Copy as issue<span class="visually-hidden"> for {ranked.name}</span>
      </button>
      {repo && !('problem' in repo) ? (
        <a
          class="button"
          href={newIssueUrl(repo, issue())}
          target="_blank"
          rel="noopener noreferrer"
          // Built at the click, so the figures are today's.
          onClick={(e) => {
            e.currentTarget.href = newIssueUrl(repo, issue());
          }}
        >
          Open issue<span class="visually-hidden"> for {ranked.name}</span>
        </a>
      ) : null}
      <span aria-live="polite" class={said ? (said.ok ? 'ok small' : 'error small') : 'small'}>
        {said?.text}
      </span>
    </div>
  );
}
