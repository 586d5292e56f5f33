# tt shell integration for zsh (eval "$(tt shell-init zsh)"): on each prompt, find the git repo
# you are in with builtins only, and append "enter", at most one "heartbeat" a minute, and "leave"
# to tt's journal. Evidence of presence for `tt status` and `tt review`; never billed by itself.
zmodload zsh/datetime 2>/dev/null
autoload -Uz add-zsh-hook
typeset -g __tt_dir=@TT_DIR@
[[ ${TT_HOME:-} == /* ]] && __tt_dir=$TT_HOME
typeset -g __tt_top='' __tt_pwd='' __tt_beat=0 __tt_ps='' __tt_client='' __tt_t=0
__tt_put() {
  local p=$2
  p=${p//\\/\\\\}; p=${p//$'\t'/\\t}; p=${p//$'\n'/\\n}
  ((${#p} < 900)) || return 0 # 900 characters of up to 4 bytes: a record stays under 4 KiB
  # A leading newline: a line left unfinished by a full disk never swallows this one. Never through a link.
  [[ -h $__tt_dir/journal.ndjson ]] && return 0
  { print -rn -- $'\n'"s1"$'\t'"$$"$'\t'"$__tt_t"$'\t'"$1"$'\t'"$p"$'\n' >>"$__tt_dir/journal.ndjson"; } 2>/dev/null && return
  # The data folder is missing: make it once per shell (a process), never on every prompt.
  [[ -z ${__tt_made:-} ]] && typeset -g __tt_made=1 && mkdir -p -m 700 "$__tt_dir" 2>/dev/null && __tt_put "$@"
}
__tt_leave() { [[ -n $__tt_top ]] && { __tt_t=$EPOCHSECONDS; __tt_put leave "$__tt_top"; }; }
__tt_prompt() {
  [[ ${TT_DISABLE:-0} == 0 || -z ${TT_DISABLE:-} ]] || return 0
  __tt_t=$EPOCHSECONDS
  if [[ $PWD != "$__tt_pwd" ]]; then
    __tt_pwd=$PWD
    local d=$PWD
    while [[ -n $d && ! -e $d/.git ]]; do d=${d%/*}; done
    if [[ $d != "$__tt_top" ]]; then
      [[ -n $__tt_top ]] && __tt_put leave "$__tt_top"
      __tt_top=$d __tt_beat=$__tt_t __tt_client=''
      [[ -n $d ]] && __tt_put enter "$d" && __tt_lookup
    fi
  elif [[ -n $__tt_top ]] && ((__tt_t - __tt_beat >= 60)); then
    __tt_beat=$__tt_t
    __tt_put heartbeat "$__tt_top"
    __tt_lookup
  fi
  __tt_segment
}
__tt_lookup() { :; }
__tt_segment() { :; }
@PROMPT@
add-zsh-hook precmd __tt_prompt
add-zsh-hook zshexit __tt_leave
