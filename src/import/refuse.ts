// The refusals of an import, as messages that name what to type next. Nothing is written when one
// applies: a name that maps to no client is either mapped by the user or left out on purpose.
import { UsageError } from '../core/errors.ts';
import type { ImportPlan, NameCount } from './plan.ts';
import type { ClientFrom } from './types.ts';

const SHOWN = 12;

function list(names: readonly NameCount[]): string {
  const shown = names.slice(0, SHOWN).map((n) => `${n.name} (${n.records})`);
  return names.length > SHOWN ? `${shown.join(', ')}, and ${names.length - SHOWN} more` : shown.join(', ');
}

function quote(name: string): string {
  return /^[A-Za-z0-9._/=@-]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

export function unmappedError(plan: ImportPlan, from: ClientFrom): UsageError | null {
  const ambiguous = plan.skipped.filter((s) => s.reason === 'ambiguous');
  if (plan.unmapped.length) {
    const records = plan.skipped.filter((s) => s.reason === 'unmapped').length;
    const named = plan.unmapped.find((n) => !n.name.startsWith('('))?.name;
    const unnamed = plan.unmapped.find((n) => n.name.startsWith('('))?.name;
    return new UsageError(
      `${records} ${records === 1 ? 'record names' : 'records name'} no known client by ${from}: ${list(plan.unmapped)}. Nothing was imported.`,
      [
        named ? `Map a name with --map ${quote(`${named}=CLIENT`)} (or CLIENT/PROJECT), or make it an alias: tt client set CLIENT --alias ${quote(named)}.` : '',
        unnamed ? `Records with ${unnamed} map with --map ${quote(`${unnamed}=CLIENT`)}.` : '',
        `--skip-unmapped imports the rest without them; \`tt client add NAME\` creates a client.`,
      ]
        .filter(Boolean)
        .join('\n  '),
    );
  }
  if (ambiguous.length) {
    const first = ambiguous[0]!;
    return new UsageError(
      `${ambiguous.length} ${ambiguous.length === 1 ? 'record has' : 'records have'} tags of two clients (first: ${first.where}, ${first.names!.join(', ')}). Nothing was imported.`,
      'Fix the tags in the source tool, or pass --skip-unmapped to leave those records out.',
    );
  }
  return null;
}

/** A team export needs --user, and --user must name someone in the file. */
export function checkUser(users: readonly { user: string; rows: number }[], user: string | undefined, file: string): void {
  if (users.length > 1 && !user) throw manyUsersError(users);
  if (user && !users.some((u) => u.user.toLowerCase() === user.toLowerCase())) {
    throw new UsageError(`--user ${user}: no record of that person in ${file}`, users.length ? `The file holds: ${users.map((u) => u.user).join(', ')}.` : 'This file names no people; leave out --user.');
  }
}

function manyUsersError(users: readonly { user: string; rows: number }[]): UsageError {
  const shown = users.slice(0, SHOWN).map((u) => `${u.user} (${u.rows})`).join(', ');
  return new UsageError(
    `the file holds the time of ${users.length} people: ${shown}${users.length > SHOWN ? ', ...' : ''}. Nothing was imported.`,
    `Import one person's time with --user ${quote(users[0]!.user)}.`,
  );
}
