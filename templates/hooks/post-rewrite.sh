#!/bin/sh
# tt-hook v1 post-rewrite
# After amend or rebase git lists "old-sha new-sha" pairs on stdin; tt records them so that a
# rewritten commit stays one commit. Long lists are split into several lines, each under 4 KiB.
# The hook that was here before tt (if any) is post-rewrite.tt-orig and runs first with the same
# stdin. Installed by `tt hooks install`; `tt hooks uninstall` puts back exactly what was here.
tt_s=0 tt_in='' tt_l=''
while IFS= read -r tt_l || [ -n "$tt_l" ]; do
  tt_in="$tt_in$tt_l
"
  tt_l=''
done
if [ -x "$0.tt-orig" ]; then
  printf '%s' "$tt_in" | @CHAIN@
  tt_s=$?
fi
case ${TT_DISABLE:-} in '' | 0) ;; *) exit $tt_s ;; esac
@COMMON@
tt_p='' tt_k=0
while IFS= read -r tt_l; do
  [ -n "$tt_l" ] || continue
  tt_o=${tt_l%% *}
  tt_l=${tt_l#* }
  tt_p="$tt_p$tt_o:${tt_l%% *} "
  if [ ${#tt_p} -gt 3000 ]; then
    tt_k=$((tt_k + 1))
    tt_put post-rewrite "$PWD" "$tt_head" "$tt_sha" "${1:-}" "$tt_k" "$tt_p"
    tt_p=''
  fi
done <<EOF_TT
$tt_in
EOF_TT
[ -z "$tt_p" ] || tt_put post-rewrite "$PWD" "$tt_head" "$tt_sha" "${1:-}" "$((tt_k + 1))" "$tt_p"
exit $tt_s
