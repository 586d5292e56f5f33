# tt shell integration for fish (tt shell-init fish | source): on each prompt, find the git repo
# you are in with builtins only, and append "enter", at most one "heartbeat" a minute, and "leave"
# to tt's journal. fish has no clock builtin, so this one runs `date +%s` once per prompt.
set -g __tt_dir @TT_DIR@
string match -q -- '/*' "$TT_HOME"; and set -g __tt_dir $TT_HOME
set -g __tt_top ''
set -g __tt_pwd ''
set -g __tt_beat 0
set -g __tt_ps ''
set -g __tt_client ''
set -g __tt_t 0
function __tt_put
    set -l p (string replace -a '\\' '\\\\' -- $argv[2] | string replace -a \t '\\t' | string join '\\n')
    # A leading newline: a line left unfinished by a full disk never swallows this one. Never through a link.
    test -L "$__tt_dir/journal.ndjson"; and return 0
    printf '\ns1\t%s\t%s\t%s\t%s\n' $fish_pid $__tt_t $argv[1] "$p" >>"$__tt_dir/journal.ndjson" 2>/dev/null; and return
    # The data folder is missing: make it once per shell, never on every prompt.
    if not set -q __tt_made
        set -g __tt_made 1
        mkdir -p -m 700 "$__tt_dir" 2>/dev/null; and __tt_put $argv
    end
end
function __tt_lookup
end
function __tt_segment
end
function __tt_prompt --on-event fish_prompt
    if set -q TT_DISABLE; and test -n "$TT_DISABLE" -a "$TT_DISABLE" != 0
        return
    end
    set -g __tt_t (date +%s)
    if test "$PWD" != "$__tt_pwd"
        set -g __tt_pwd $PWD
        set -l d $PWD
        while test -n "$d"; and not test -e "$d/.git"
            set d (string replace -r '/[^/]*$' '' -- $d)
        end
        if test "$d" != "$__tt_top"
            test -n "$__tt_top"; and __tt_put leave $__tt_top
            set -g __tt_top $d
            set -g __tt_beat $__tt_t
            set -g __tt_client ''
            test -n "$d"; and __tt_put enter $d; and __tt_lookup
        end
    else if test -n "$__tt_top"; and test (math $__tt_t - $__tt_beat) -ge 60
        set -g __tt_beat $__tt_t
        __tt_put heartbeat $__tt_top
        __tt_lookup
    end
    __tt_segment
end
function __tt_exit --on-event fish_exit
    if test -n "$__tt_top"
        set -g __tt_t (date +%s)
        __tt_put leave $__tt_top
    end
end
@PROMPT@
