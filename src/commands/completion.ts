// tt completion bash|zsh|fish: generated from the command table, so it never falls behind.
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';

interface Node {
  path: string[];
  subs: string[];
  flags: string[];
}

function walk(cmd: Command, path: string[], out: Node[]): void {
  // Hidden commands (fold) left out as in --help; commander's implicit `help` is not in the table.
  const visible = cmd.createHelp().visibleCommands(cmd).filter((c) => cmd.commands.includes(c));
  out.push({ path, subs: visible.map((c) => c.name()), flags: cmd.options.map((o) => o.long ?? o.short ?? '').filter(Boolean) });
  for (const c of visible) walk(c, [...path, c.name()], out);
}

function bash(nodes: Node[]): string {
  const cases = nodes
    .map((n) => `    "${n.path.join(' ')}") words="${[...n.subs, ...n.flags, '--help'].join(' ')}" ;;`)
    .join('\n');
  return `# tt completion for bash: eval "$(tt completion bash)"
_tt_complete() {
  local cur key i w words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  key=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ $w == -* ]] && continue
    case "$key\${key:+ }$w" in
${nodes.map((n) => `      "${n.path.join(' ')}") key="${n.path.join(' ')}" ;;`).filter((l) => !l.includes('"" ')).join('\n')}
    esac
  done
  case "$key" in
${cases}
  esac
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
    for (const f of n.flags) if (f.startsWith('--')) lines.push(`complete -c tt -n '${cond}' -l ${f.slice(2)}`);
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
