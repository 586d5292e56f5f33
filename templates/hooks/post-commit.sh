#!/bin/sh
# tt-hook v1 post-commit
# tt records that a commit happened: one line in its journal; sha, author and subject are read
# from git later. It never changes or fails the commit, and prints nothing.
# The hook that was here before tt (if any) is post-commit.tt-orig and runs first, unchanged.
# Installed by `tt hooks install`; `tt hooks uninstall` puts back exactly what was here.
tt_s=0
if [ -x "$0.tt-orig" ]; then
  @CHAIN@
  tt_s=$?
fi
case ${TT_DISABLE:-} in '' | 0) ;; *) exit $tt_s ;; esac
@COMMON@
tt_put post-commit "$PWD" "$tt_head" "$tt_sha" "${GIT_AUTHOR_DATE:-}"
exit $tt_s
