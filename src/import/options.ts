// The import flags into mapping options. `--map NAME=CLIENT[/PROJECT]` names an existing client (a
// typo gets "did you mean", never a new client); `--client-from` must be a name the format has.
import { requireClient, splitTarget, type Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import type { ClientFrom, ImportFormat, MappingOptions } from './types.ts';

/** Where each format can take client names from; the first is the default. */
export const CLIENT_FROM: Record<ImportFormat, readonly ClientFrom[]> = {
  timewarrior: ['tag'],
  watson: ['project', 'tag'],
  toggl: ['client', 'project', 'tag'],
  harvest: ['client', 'project'],
  clockify: ['client', 'project', 'tag'],
};

export function parseMap(values: readonly string[], clients: readonly Client[]): MappingOptions['map'] {
  const map: MappingOptions['map'] = new Map();
  for (const v of values) {
    const i = v.lastIndexOf('=');
    const name = i > 0 ? v.slice(0, i).trim() : '';
    const target = i > 0 ? v.slice(i + 1).trim() : '';
    if (!name || !target) throw new UsageError(`--map "${v}": expected NAME=CLIENT or NAME=CLIENT/PROJECT`, 'Like --map "project1=acme" or --map "acme-web=acme/web".');
    const { client, project } = splitTarget(target);
    let c: Client;
    try {
      c = requireClient(clients, client);
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`--map ${v}: ${err.message}`, err.hint);
      throw err;
    }
    const key = name.toLowerCase();
    const prev = map.get(key);
    if (prev && (prev.client !== c.name || prev.project !== project)) throw new UsageError(`--map names "${name}" twice, for different clients`, 'Give each name one --map.');
    map.set(key, { client: c.name, ...(project ? { project } : {}) });
  }
  return map;
}

export function clientFrom(format: ImportFormat, given: string | undefined): ClientFrom {
  const allowed = CLIENT_FROM[format];
  if (given === undefined) return allowed[0]!;
  if (!(allowed as readonly string[]).includes(given)) {
    throw new UsageError(`--client-from ${given} does not fit ${format}: its records carry ${allowed.join(' or ')}`, `Use --client-from ${allowed.join(' or ')}.`);
  }
  return given as ClientFrom;
}
