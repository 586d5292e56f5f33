// tt device series [CODE]: show or set this device's invoice series (local to the machine).
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readInvoices } from '../invoices/store.ts';
import { otherDevices, readSeries, seriesProblem, writeSeries } from '../invoices/series.ts';

export interface DeviceSeriesOptions {
  json?: boolean;
}

export async function deviceSeries(ctx: Ctx, code: string | undefined, o: DeviceSeriesOptions): Promise<number> {
  const store = new Store(ctx);
  const device = store.device();
  if (code === undefined) {
    const series = readSeries(ctx.fs, store.p.root);
    if (o.json) printJson(ctx.out, { device, series });
    else ctx.out(series ? `This device (${device}) issues invoice numbers in series ${series}.\n` : `This device (${device}) has no invoice series yet. \`tt device series A\` sets one (a device alone gets A with its first invoice).\n`);
    return 0;
  }
  const wanted = code.trim().toUpperCase();
  const problem = seriesProblem(wanted);
  if (problem) throw new UsageError(problem, 'tt device series A');
  const { invoices } = await readInvoices(ctx.fs, store.p.invoices);
  const before = store.transaction((tx) => {
    // Another device that issued numbers in this series would issue the same numbers again.
    const clash = invoices.find((i) => i.series === wanted && i.device !== device);
    if (clash) {
      const others = otherDevices(ctx.fs, store.p, device, invoices.map((i) => i.device));
      throw new UsageError(`series ${wanted} is used by another device (${clash.device}, invoice ${clash.number}); two devices in one series would issue the same numbers`, `Choose another code${others.length ? `; devices here: ${others.join(', ')}` : ''}.`);
    }
    const current = readSeries(ctx.fs, store.p.root);
    if (current !== wanted) writeSeries(tx, store.p.root, wanted);
    return current;
  });
  if (o.json) printJson(ctx.out, { device, series: wanted, before });
  else ctx.out(before === wanted ? `This device's series is ${wanted} already.\n` : `This device (${device}) now issues invoice numbers in series ${wanted}${before ? ` (was ${before}; numbers issued in ${before} stay as they are)` : ''}.\n`);
  return 0;
}
