// tt __complete clients|targets|invoices: the words shell completion offers for a client, a
// client/project, or an invoice number, one per line. Called on every <TAB>, so it reads only small
// files (clients.json, state/projects, the invoice files) and never history, git or the schemas;
// anything unreadable offers nothing rather than an error in the middle of a command line.
import { join } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { dataDir, paths, type Paths } from '../store/paths.ts';
import { readProjects } from '../store/projects-file.ts';

export const WORD_KINDS = ['clients', 'targets', 'invoices'] as const;

function clients(ctx: Ctx, p: Paths): string[] {
  try {
    return readClientsLoose(ctx.fs, p.clients).flatMap((c) => [c.name, ...c.aliases]);
  } catch {
    return [];
  }
}

function invoices(ctx: Ctx, p: Paths): string[] {
  const out: { n: string; at: string }[] = [];
  let names: string[];
  try {
    names = ctx.fs.readdirSync(p.invoices).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  for (const name of names) {
    try {
      const doc = JSON.parse(ctx.fs.readFileSync(join(p.invoices, name), 'utf8')) as { invoice?: { number?: unknown; createdAt?: unknown } };
      const n = doc.invoice?.number;
      const at = doc.invoice?.createdAt;
      if (typeof n === 'string' && n) out.push({ n, at: typeof at === 'string' ? at : '' });
    } catch {
      /* a damaged file offers nothing; `tt doctor` reports it */
    }
  }
  return out.sort((a, b) => b.at.localeCompare(a.at)).map((x) => x.n); // the newest first
}

export async function completeWords(ctx: Ctx, kind: string): Promise<void> {
  const p = paths(dataDir(ctx));
  let words: string[];
  if (kind === 'clients') words = clients(ctx, p);
  else if (kind === 'targets') words = [...clients(ctx, p), ...readProjects(ctx.fs, p).map((l) => l.replace('\t', '/'))];
  else if (kind === 'invoices') words = invoices(ctx, p);
  else throw new UsageError(`__complete: "${kind}" is not a kind of word`, `Use ${WORD_KINDS.join(', ')}.`);
  // A word with a space or a control character cannot be offered as one shell word.
  const ok = [...new Set(words)].filter((w) => /^[^\s\p{Cc}]+$/u.test(w));
  if (ok.length) ctx.out(`${ok.join('\n')}\n`);
}
