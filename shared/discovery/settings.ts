import { z } from '../zod';
import { DISCOVERY } from './rules';

const { minWindowWeeks: min, maxWindowWeeks: max } = DISCOVERY;
const message = `history to read must be ${min} to ${max} whole weeks`;

/** The discovery setting: how many weeks of history to read (DISCOVERY.defaultWindowWeeks unless set). */
export const DiscoveryWeeksSchema = z
  .number({ error: message })
  .int({ error: message })
  .min(min, { error: message })
  .max(max, { error: message });
