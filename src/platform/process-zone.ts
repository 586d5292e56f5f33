// The zone this process runs in, found without Intl (whose first use costs 15-40 ms of ICU start-up):
// $TZ when that names a zone file, else the zoneinfo file /etc/localtime links to (where ICU looks
// too); null when neither says. A $TZ with no zone file behind it (empty, a typo, a POSIX rule
// string) is left to Intl, which knows whether it is real. core/time.ts computes local time in this
// zone with Date's getters (setProcessZone).
import { existsSync, readlinkSync } from 'node:fs';

const NAME = /^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/;

export function processZone(env: Record<string, string | undefined>): string | null {
  const tz = env.TZ;
  if (tz !== undefined) return NAME.test(tz) && existsSync(`${env.TZDIR || '/usr/share/zoneinfo'}/${tz}`) ? tz : null;
  try {
    return /\/zoneinfo\/([A-Za-z][\w+-]*(?:\/[\w+-]+)*)$/.exec(readlinkSync('/etc/localtime'))?.[1] ?? null;
  } catch {
    return null;
  }
}
