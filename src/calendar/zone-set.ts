// A calendar's zone specs turned into zones for one query, and the instant of a value by its kind:
// DATE and floating values are read in the user's zone, UTC values are instants, zoned values are
// read in their own zone.
import type { TimeValue } from './event.ts';
import { tableZone } from './tables.ts';
import { namedZone, UTC_ZONE, zoneOf, type Transitions, type Zone, type ZoneSpec } from './zones.ts';

export interface ZoneSet {
  /** The user's zone (config `tz`). */
  user: Zone;
  /** The zone of a value: its own, or the user's for DATE and floating values. */
  of(v: TimeValue): Zone;
}

/** `userTable`: the user's zone as a table (kept with a calendar read in full), or null to ask Intl. */
export function zoneSet(specs: readonly ZoneSpec[], userTz: string, userTable: Transitions | null = null): ZoneSet {
  const user = userTable ? tableZone(userTable, userTz, () => namedZone(userTz)) : namedZone(userTz);
  const made: (Zone | undefined)[] = [];
  const at = (i: number): Zone => (made[i] ??= specs[i] ? zoneOf(specs[i], user) : user);
  return {
    user,
    of: (v) => (v.kind === 'utc' ? UTC_ZONE : v.kind === 'zoned' ? at(v.zone) : user),
  };
}

export function instantOf(v: TimeValue, z: ZoneSet): number {
  return z.of(v).toInstant(v.naive);
}
