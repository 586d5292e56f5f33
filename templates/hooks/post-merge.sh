#!/bin/sh
# tt-hook v1 post-merge
# tt records a merge or pull (and whether it was a squash): one line in its journal.
# It never fails the merge, and prints nothing.
# The hook that was here before tt (if any) is post-merge.tt-orig and runs first, unchanged.
# Installed by `tt hooks install`; `tt hooks uninstall` puts back exactly what was here.
tt_s=0
if [ -x "$0.tt-orig" ]; then
  @CHAIN@
  tt_s=$?
fi
case ${TT_DISABLE:-} in '' | 0) ;; *) exit $tt_s ;; esac
@COMMON@
tt_put post-merge "$PWD" "$tt_head" "$tt_sha" "${1:-}"
exit $tt_s
