# The prompt segment (--prompt): the running timer from state/timer, or a nudge when this repo's
# client (from state/repos, kept by tt) has no timer. Builtins only.
__tt_lookup() {
  local c t
  __tt_client=''
  { while IFS=$'\t' read -r c t; do [[ $t == "$__tt_top" ]] && { __tt_client=$c; break; }; done <"$__tt_dir/state/repos"; } 2>/dev/null
}
__tt_text() {
  local start='' label='' m
  { read -r start label <"$__tt_dir/state/timer"; } 2>/dev/null
  if [[ -n $start && -n $label ]]; then
    m=$(((__tt_t - start) / 60))
    __tt_ps="[$label $((m / 60)):$((m % 60 / 10))$((m % 10))] "
    [[ -z $__tt_client || ${label%%/*} == "$__tt_client" ]] && return
    __tt_ps="[$label $((m / 60)):$((m % 60 / 10))$((m % 10)); in $__tt_client: tt start $__tt_client] "
  elif [[ -n $__tt_client ]]; then
    __tt_ps="[$__tt_client: no timer, tt start $__tt_client] "
  else
    __tt_ps=''
  fi
}
# The names come from files tt writes, but show as text whatever they hold: control characters as
# ?, and PS1 names the variable, whose value bash inserts without expanding it again ($(...),
# backticks and backslashes in it stay as they are).
__tt_segment() {
  __tt_text
  __tt_ps=${__tt_ps//[[:cntrl:]]/?}
}
[[ $PS1 == *'${__tt_ps}'* ]] || PS1='${__tt_ps}'"$PS1"
