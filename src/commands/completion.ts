// tt completion bash|zsh|fish: generated from the command table, so it never falls behind. Commands,
// subcommands and flags are in the script; clients, client/projects and invoice numbers are asked of
// `tt __complete KIND` when completed (commands/complete-words.ts: small files only), so a client
// added today completes without generating the script again.
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';

type Kind = 'clients' | 'targets' | 'invoices';

interface Node {
  path: string[];
  subs: string[];
  flags: string[];
  /** What the first argument names, when tt can list it. */
  dyn: Kind | null;
}

/** The words a command's first argument takes, read from how it is declared. */
function dynamicKind(cmd: Command, path: string[]): Kind | null {
  const first = cmd.registeredArguments[0]?.name();
  if (!first) return null;
  if (first.startsWith('client')) return 'targets'; // start, add, continue
  if (path[0] === 'client' && ['set', 'remove'].includes(path[1] ?? '')) return 'clients';
  if (path[0] === 'invoice' && first === 'ref') return 'invoices';
  return null;
}

function walk(cmd: Command, path: string[], out: Node[]): void {
  // Hidden commands (fold) left out as in --help; commander's implicit `help` is not in the table.
  const visible = cmd.createHelp().visibleCommands(cmd).filter((c) => cmd.commands.includes(c));
  out.push({ path, subs: visible.map((c) => c.name()), flags: cmd.options.map((o) => o.long ?? o.short ?? '').filter(Boolean), dyn: dynamicKind(cmd, path) });
  for (const c of visible) walk(c, [...path, c.name()], out);
}

function bash(nodes: Node[]): string {
  const cases = nodes
    .map((n) => `    "${n.path.join(' ')}") words="${[...n.subs, ...n.flags, '--help'].join(' ')}"${n.dyn ? ` dyn=${n.dyn}` : ''} ;;`)
    .join('\n');
  return `# tt completion for bash: eval "$(tt completion bash)"
_tt_complete() {
  local cur prev key i w words dyn npos
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  key=""
  npos=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ $w == -* ]] && continue
    case "$key\${key:+ }$w" in
${nodes.map((n) => `      "${n.path.join(' ')}") key="${n.path.join(' ')}" ;;`).filter((l) => !l.includes('"" ')).join('\n')}
      *) npos=$((npos + 1)) ;;
    esac
  done
  if [[ $prev == --client ]]; then
    COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" __complete clients 2>/dev/null)" -- "$cur"))
    return
  fi
  words=""
  dyn=""
  case "$key" in
${cases}
  esac
  if [[ -n $dyn && $npos -eq 0 && $cur != -* ]]; then
    words="$words $("\${COMP_WORDS[0]}" __complete "$dyn" 2>/dev/null)"
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _tt_complete tt
`;
}

function zsh(nodes: Node[]): string {
  return `#compdef tt
# tt completion for zsh: eval "$(tt completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bash(nodes)}`;
}

function fish(nodes: Node[]): string {
  const lines = ['# tt completion for fish: tt completion fish > ~/.config/fish/completions/tt.fish', 'complete -c tt -f'];
  for (const n of nodes) {
    const cond = n.path.length ? `__fish_seen_subcommand_from ${n.path[n.path.length - 1]}` : '__fish_use_subcommand';
    for (const s of n.subs) lines.push(`complete -c tt -n '${cond}' -a ${s}`);
    if (n.dyn) lines.push(`complete -c tt -n '${cond}' -a '(tt __complete ${n.dyn} 2>/dev/null)'`);
    for (const f of n.flags) {
      if (f === '--client') lines.push(`complete -c tt -n '${cond}' -l client -x -a '(tt __complete clients 2>/dev/null)'`);
      else if (f.startsWith('--')) lines.push(`complete -c tt -n '${cond}' -l ${f.slice(2)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `program`: the whole command table, as declared in src/cli/. */
export async function completion(ctx: Ctx, shell: string, program: Command): Promise<void> {
  const nodes: Node[] = [];
  walk(program, [], nodes);
  if (shell === 'bash') ctx.out(bash(nodes));
  else if (shell === 'zsh') ctx.out(zsh(nodes));
  else if (shell === 'fish') ctx.out(fish(nodes));
  else throw new UsageError(`completion: "${shell}" is not a shell tt knows`, 'Use bash, zsh or fish.');
}
