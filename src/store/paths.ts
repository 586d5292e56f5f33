// Where tt keeps its data: $TT_HOME, else $XDG_DATA_HOME/tt, else ~/.local/share/tt.
import { join } from 'node:path';
import type { Ctx } from '../platform/context.ts';

export function dataDir(ctx: Pick<Ctx, 'env' | 'home'>): string {
  if (ctx.env.TT_HOME) return ctx.env.TT_HOME;
  if (ctx.env.XDG_DATA_HOME) return join(ctx.env.XDG_DATA_HOME, 'tt');
  return join(ctx.home, '.local', 'share', 'tt');
}

export interface Paths {
  root: string;
  journal: string;
  events: string; // events/<device>/YYYY-MM.json
  activity: string; // activity/<device>/YYYY-MM.json
  state: string; // derived, local caches the shell can read: the running timer
  timer: string;
  historyCache: string; // replayed entries, rebuilt from the shards whenever in doubt (history-cache.ts)
  historySegments: string; // the cache's month segments
  layout: string; // this device's shards are cut by the month of the work (migrate-layout.ts)
  config: string;
  clients: string;
  device: string;
  lock: string;
  quarantine: string;
  calendars: string;
  invoices: string;
}

export function paths(root: string): Paths {
  return {
    root,
    journal: join(root, 'journal.ndjson'),
    events: join(root, 'events'),
    activity: join(root, 'activity'),
    state: join(root, 'state'),
    timer: join(root, 'state', 'timer.json'),
    historyCache: join(root, 'state', 'history.cache'),
    historySegments: join(root, 'state', 'history'),
    layout: join(root, 'state', 'layout.json'),
    config: join(root, 'config.json'),
    clients: join(root, 'clients.json'),
    device: join(root, 'device'),
    lock: join(root, 'lock'),
    quarantine: join(root, 'quarantine'),
    calendars: join(root, 'calendars'),
    invoices: join(root, 'invoices'),
  };
}
