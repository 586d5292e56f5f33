// Which zone days are cut in, decided once per command: the configured `tz`, else the system's. A
// configured zone this Node's ICU does not know (synced from a newer Node) or an empty or unknown $TZ
// used to crash every command; now showing data falls back (system zone, then UTC) with a warning
// naming the fix, and reading a wall-clock time is refused (instant.ts), since it would record a
// wrong instant as if it were right.
import { isValidZone } from './time.ts';

export interface ZoneProblem {
  message: string;
  hint: string;
}

export interface ZoneChoice {
  tz: string;
  problem: ZoneProblem | null;
}

/**
 * `stored`: the `tz` in config, when one is stored; `system`: the machine's zone, or null when it
 * names none (systemZoneOrNull); `envTz`: $TZ as set, for the message.
 */
export function chooseZone(stored: unknown, system: string | null, envTz: string | undefined): ZoneChoice {
  if (typeof stored === 'string' && stored.trim() !== '') {
    if (isValidZone(stored)) return { tz: stored, problem: null };
    const tz = system ?? 'UTC';
    return {
      tz,
      problem: {
        message: `the time zone in config, "${stored}", is unknown to this Node (ICU ${process.versions.icu ?? '?'}, tz data ${process.versions.tz ?? '?'}); showing times in ${tz}`,
        hint: `Set one it knows: \`tt config set tz Europe/Berlin\` (your zone), or update Node.`,
      },
    };
  }
  if (system !== null) return { tz: system, problem: null };
  const why = envTz === undefined ? 'the system time zone is unknown' : envTz.trim() === '' ? 'TZ is set but empty' : `TZ is "${envTz}", which names no time zone`;
  return {
    tz: 'UTC',
    problem: {
      message: `${why}; showing times in UTC`,
      hint: `Set TZ to your zone (export TZ=Europe/Berlin) or unset it, or run \`tt config set tz Europe/Berlin\`.`,
    },
  };
}
