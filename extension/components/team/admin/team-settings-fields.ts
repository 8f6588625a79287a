import type { TeamSettings } from '../../../../shared/api/teams';

type NumberSetting = Exclude<keyof TeamSettings, 'timeZone' | 'weekStartsOn'>;

/** The team's number settings as the form shows them; limits and messages come from the shared schema. */
export const NUMBER_SETTINGS: { field: NumberSetting; label: string; hint: string }[] = [
  {
    field: 'contextSwitchMinutes',
    label: 'Context-switch cost (minutes)',
    hint: 'Refocus time added to every entry in the team’s figures.',
  },
  { field: 'horizonYears', label: 'Automation horizon (years)', hint: 'How long an automation serves.' },
  {
    field: 'minPeople',
    label: 'Minimum people per chore',
    hint: 'The team’s board shows a chore once this many people log it (1 shows every chore).',
  },
  {
    field: 'inviteTtlHours',
    label: 'Join links work for (hours)',
    hint: 'For links made from now on; 168 is a week.',
  },
  {
    field: 'workingHoursPerWeek',
    label: 'Working hours per person a week',
    hint: 'The toil share is toil over this, against the 50% cap.',
  },
];
