// "acme/web +bugfix +urgent" into client, project and tags, checked against known clients.
import type { Client } from './client.ts';
import { requireClient, requireName, splitTarget } from './client.ts';
import { UsageError } from './errors.ts';

export interface Target {
  client: string;
  project?: string;
  tags: string[];
}

export function parseTags(words: readonly string[]): string[] {
  return words.map((w) => {
    if (!/^\+[^\s+]+$/.test(w)) throw new UsageError(`"${w}" is not a tag`, 'Tags are written +tag, like +bugfix.');
    return requireName(w.slice(1), `"${w}"`, 'Tags are written +tag, like +bugfix.');
  });
}

export function resolveTarget(clients: readonly Client[], target: string, tagWords: readonly string[] = []): Target {
  const { client, project } = splitTarget(target);
  if (!client) throw new UsageError(`"${target}" names no client`, 'Write client or client/project, like acme/web.');
  if (project !== undefined) requireName(project, `"${target}"`, 'Write client/project, like acme/web, or the client alone.');
  const c = requireClient(clients, client);
  return { client: c.name, project, tags: parseTags(tagWords) };
}
