#!/bin/sh
# tt-hook v1 post-checkout
# tt records a checkout (previous HEAD, new HEAD, branch flag): one line in its journal.
# It never fails the checkout, and prints nothing.
# The hook that was here before tt (if any) is post-checkout.tt-orig and runs first, unchanged.
# Installed by `tt hooks install`; `tt hooks uninstall` puts back exactly what was here.
tt_s=0
if [ -x "$0.tt-orig" ]; then
  @CHAIN@
  tt_s=$?
fi
case ${TT_DISABLE:-} in '' | 0) ;; *) exit $tt_s ;; esac
@COMMON@
tt_put post-checkout "$PWD" "$tt_head" "$tt_sha" "${1:-}" "${2:-}" "${3:-}"
exit $tt_s
