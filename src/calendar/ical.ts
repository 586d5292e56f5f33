// ical.js is loaded only when a calendar needs it: a rule tt does not generate itself, or a
// VTIMEZONE for a zone name nothing else knows. Most exports need neither, and skipping the load
// saves a noticeable share of a short query's run time.
import type ICAL from 'ical.js';

type IcalModule = typeof ICAL;
let loaded: IcalModule | null = null;

export async function loadIcal(): Promise<IcalModule> {
  loaded ??= (await import('ical.js')).default;
  return loaded;
}

/** The loaded module; callers await loadIcal() first when a rule or zone needs it. */
export function ical(): IcalModule {
  if (!loaded) throw new Error('ical.js used before loadIcal()');
  return loaded;
}

export function icalLoaded(): boolean {
  return loaded !== null;
}
