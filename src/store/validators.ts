// Record validators for each stream, built on the zod/mini schemas.
import { describeIssues, timeEventSchema } from './schema.ts';
import type { Validate } from './shard.ts';

export const validateTime: Validate = (record) => {
  const r = timeEventSchema.safeParse(record);
  return r.success ? null : `is not a valid event (${describeIssues(r.error)})`;
};

/** Activity records (hooks, shell) are checked for their envelope here; their parser checks the rest. */
export const validateActivity: Validate = (record) => {
  const r = record as { id?: unknown; kind?: unknown; at?: unknown };
  if (!r || typeof r !== 'object') return 'is not an object';
  if (typeof r.id !== 'string' || !r.id) return 'has no id';
  if (typeof r.kind !== 'string') return 'has no kind';
  return null;
};
