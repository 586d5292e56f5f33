// Record validators for each stream, built on the zod/mini schemas.
import * as z from 'zod/mini';
import { describeIssues, timeEventSchema } from './schema.ts';
import type { Validate } from './shard.ts';

// Reading history checks every stored event; zod's ahead-of-time compiled parser does that about five
// times faster than the interpreted one (`tt report` over 150,000 events), with the same verdicts: a
// record the compiled path rejects is parsed again by the runtime parser, which words the issues.
// Compiled on the first time event checked, not when this file loads: reconcile and review load it
// for activity records and most often check no time event at all (the compile is 10 ms).
const compileTime = () => z.compile(timeEventSchema);
let timeEvent: ReturnType<typeof compileTime> | undefined;

export const validateTime: Validate = (record) => {
  timeEvent ??= compileTime();
  // z.validate only answers yes or no, so the compiled path builds no copy of a good record.
  if (z.validate(timeEvent, record)) return null;
  const r = timeEvent.safeParse(record);
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
