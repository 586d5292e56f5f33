// Every check `tt doctor` runs, in order. `folder` comes first: when the data folder cannot be read
// the others are skipped. `entries` and `timer` read the shards' good records, so they follow
// `shards` (whose repair keeps exactly those). A new check: a file beside these, one line here.
import type { Check } from './check.ts';
import { calendars } from './calendars.ts';
import { calendarWarnings } from './calendar-warnings.ts';
import { clients } from './clients.ts';
import { config } from './config.ts';
import { entries } from './entries.ts';
import { folder } from './folder.ts';
import { hooks } from './hooks.ts';
import { instants } from './instants.ts';
import { invoices } from './invoices.ts';
import { invoiceRecords } from './invoice-records.ts';
import { journal } from './journal.ts';
import { layout } from './layout.ts';
import { links } from './links.ts';
import { lock } from './lock.ts';
import { seller } from './seller.ts';
import { settings } from './settings.ts';
import { shards } from './shards.ts';
import { timer } from './timer.ts';

export const CHECKS: readonly Check[] = [
  folder,
  links,
  shards,
  layout,
  entries,
  instants,
  journal,
  settings,
  clients,
  config,
  seller,
  calendars,
  calendarWarnings,
  invoices,
  invoiceRecords,
  hooks,
  timer,
  lock,
];
