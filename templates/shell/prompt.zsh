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
# The segment goes into the prompt as %19v, element 19 of psvar, which zsh inserts as text: no
# prompt_subst (which would also substitute $(...) in the user's own prompt, such as a branch name
# it shows), no % escape in the names, control characters as ?. The 19th element keeps clear of
# the first few that prompt themes use. A theme that rebuilds PROMPT gets the segment back.
__tt_segment() {
  __tt_text
  psvar[19]=${__tt_ps//[[:cntrl:]]/?}
  [[ $PROMPT == *'%19v'* ]] || PROMPT="%19v$PROMPT"
}
