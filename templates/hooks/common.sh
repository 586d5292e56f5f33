# --- shared by every tt hook: where to write, what git already knows, how to write one line ---
# Builtins only (no date, no git, no node): every process spent here slows every commit.
LC_ALL=C
umask 077
# $TT_HOME wins when it is an absolute path (a relative one would write into the working tree).
case ${TT_HOME:-} in /*) tt_dir=$TT_HOME ;; *) tt_dir=@TT_DIR@ ;; esac
tt_t='	'
tt_n='
'
tt_up='' tt_head='' tt_sha='' tt_l='' tt_gd=${GIT_DIR:-.git}
# Seconds since boot (Linux): a clock that costs no process; tt turns it into a time when it reads.
{ read -r tt_up tt_l </proc/uptime; } 2>/dev/null
# A worktree or submodule has a .git file naming the real git folder.
if [ -f "$tt_gd" ]; then { read -r tt_l <"$tt_gd"; } 2>/dev/null; tt_gd=${tt_l#gitdir: }; fi
{ IFS= read -r tt_head <"$tt_gd/HEAD"; } 2>/dev/null
case $tt_head in
'ref: '*)
  tt_cd=$tt_gd
  if [ -f "$tt_gd/commondir" ]; then
    { read -r tt_l <"$tt_gd/commondir"; } 2>/dev/null
    case $tt_l in /*) tt_cd=$tt_l ;; *) tt_cd=$tt_gd/$tt_l ;; esac
  fi
  # A packed or reftable ref is not a file: the sha stays empty and tt finds it from the reflog.
  { read -r tt_sha <"$tt_cd/${tt_head#ref: }"; } 2>/dev/null ;;
*) tt_sha=$tt_head ;;
esac

# Backslash, tab and newline are written as \\, \t and \n so that a field never breaks the line.
tt_esc() {
  tt_e='' tt_r=$1
  while :; do
    case $tt_r in *[\\"$tt_t$tt_n"]*) ;; *) tt_e=$tt_e$tt_r; return ;; esac
    tt_h=${tt_r%%[\\"$tt_t$tt_n"]*}
    tt_c=${tt_r#"$tt_h"}
    tt_r=${tt_c#?}
    tt_c=${tt_c%"$tt_r"}
    case $tt_c in "$tt_t") tt_c='\t' ;; "$tt_n") tt_c='\n' ;; *) tt_c='\\' ;; esac
    tt_e=$tt_e$tt_h$tt_c
  done
}

# One record: "h1<TAB>pid<TAB>uptime<TAB>hook<TAB>fields...", appended in a single write. It starts
# with a newline, so a line some writer left unfinished (a full disk) never swallows it. A journal
# that is a symbolic link is not written through (it could point anywhere).
tt_put() {
  tt_l="h1$tt_t$$$tt_t$tt_up"
  for tt_f; do
    case $tt_f in *[\\"$tt_t$tt_n"]*) tt_esc "$tt_f"; tt_f=$tt_e ;; esac
    tt_l=$tt_l$tt_t$tt_f
  done
  [ ${#tt_l} -lt 3900 ] || return 0
  [ -h "$tt_dir/journal.ndjson" ] && return 0
  { printf '\n%s\n' "$tt_l" >>"$tt_dir/journal.ndjson"; } 2>/dev/null && return 0
  { mkdir -p -m 700 "$tt_dir" && printf '\n%s\n' "$tt_l" >>"$tt_dir/journal.ndjson"; } 2>/dev/null
  return 0
}
# --- end of the shared part ---
