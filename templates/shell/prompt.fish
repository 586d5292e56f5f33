# The prompt segment (--prompt): the running timer from state/timer, or a nudge when this repo's
# client (from state/repos, kept by tt) has no timer. Shown by wrapping fish_prompt.
function __tt_lookup
    set -g __tt_client ''
    test -r "$__tt_dir/state/repos"; or return
    while read -l line
        set -l f (string split -m 1 \t -- $line)
        if test "$f[2]" = "$__tt_top"
            set -g __tt_client $f[1]
            return
        end
    end <"$__tt_dir/state/repos"
end
function __tt_segment
    set -l timer
    test -r "$__tt_dir/state/timer"; and read -l line <"$__tt_dir/state/timer"; and set timer (string split -m 1 ' ' -- $line)
    if test (count $timer) -eq 2
        set -l m (math --scale=0 "($__tt_t - $timer[1]) / 60")
        set -g __tt_ps (printf '[%s %d:%02d] ' $timer[2] (math --scale=0 "$m / 60") (math "$m % 60"))
        set -l tc (string split -m 1 / -- $timer[2])[1]
        if test -n "$__tt_client" -a "$tc" != "$__tt_client"
            set -g __tt_ps (printf '[%s %d:%02d; in %s: tt start %s] ' $timer[2] (math --scale=0 "$m / 60") (math "$m % 60") $__tt_client $__tt_client)
        end
    else if test -n "$__tt_client"
        set -g __tt_ps "[$__tt_client: no timer, tt start $__tt_client] "
    else
        set -g __tt_ps ''
    end
    # Printed with printf %s, never evaluated; control characters show as ?.
    set -g __tt_ps (string replace -ra '[[:cntrl:]]' '?' -- "$__tt_ps")
end
if functions -q fish_prompt; and not functions -q __tt_orig_prompt
    functions -c fish_prompt __tt_orig_prompt
    function fish_prompt
        printf '%s' $__tt_ps
        __tt_orig_prompt
    end
end
