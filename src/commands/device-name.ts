// tt device name [NAME]: show or set what this device is called wherever tt names a device (sync's
// overrides, undo after a sync). The name syncs (it is how the user tells devices apart); the id in
// the data folder's paths stays a random one.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { readSettingsFiles, recordSettings } from '../store/settings.ts';
import { defaultDeviceName, deviceKey, deviceNameProblem, deviceNames } from '../store/device-names.ts';
import { printJson } from '../ui/entry-json.ts';

export interface DeviceNameOptions {
  json?: boolean;
}

export async function deviceName(ctx: Ctx, name: string | undefined, o: DeviceNameOptions): Promise<void> {
  const store = new Store(ctx);
  const device = store.device();
  if (name === undefined) {
    const own = deviceNames(readSettingsFiles(ctx.fs, store.p.root)).get(device);
    const shown = own ?? defaultDeviceName(ctx.host) ?? device;
    if (o.json) printJson(ctx.out, { device, name: shown, set: own !== undefined });
    else ctx.out(own ? `This device is called ${own} (id ${device}).\n` : `This device is called ${shown} (its host name; id ${device}). \`tt device name NAME\` names it.\n`);
    return;
  }
  const problem = deviceNameProblem(name);
  if (problem) throw new UsageError(problem, 'tt device name laptop');
  const wanted = name.trim();
  const before = store.transaction((tx) => {
    const current = deviceNames(readSettingsFiles(ctx.fs, store.p.root)).get(device);
    if (current !== wanted) recordSettings(tx, store.p.root, store.settingsStamp(), { [deviceKey(device)]: wanted });
    return current;
  });
  if (o.json) printJson(ctx.out, { device, name: wanted, set: true, before: before ?? null });
  else ctx.out(before === wanted ? `This device is called ${wanted} already.\n` : `This device is now called ${wanted}${before ? ` (was ${before})` : ''}; other devices see the name after the next \`tt sync\`.\n`);
}
