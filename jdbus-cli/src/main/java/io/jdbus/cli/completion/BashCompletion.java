package io.jdbus.cli.completion;

import java.util.List;

/**
 * The bash completion script for {@code jdbus}: verbs, global options, and for the verbs that take a
 * service and an object path, the names on the bus ({@code jdbus list --no-legend}) and the service's
 * objects ({@code jdbus tree --list SERVICE}), asked on the bus the command line names.
 *
 * {@snippet lang=sh :
 * source <(jdbus completion bash)
 * jdbus --session call org.<TAB>
 * }
 */
final class BashCompletion {
    /** The options {@code jdbus} takes before or after the verb; those ending in {@code =} need a value. */
    static final List<String> OPTIONS = List.of("--address=", "--session", "--system", "--json=", "--timeout=",
            "--expect-reply=", "--auto-start=", "--allow-interactive-authorization=", "--destination=", "--quiet",
            "--verbose", "--no-legend", "--xml-interface", "--list", "--limit-messages=", "--serve", "--client",
            "--unique", "--acquired", "--activatable", "--no-pager", "--help", "--version");

    private static final String SCRIPT = """
            # bash completion for jdbus; enable it with:  source <(jdbus completion bash)
            _jdbus_names() {
                "${COMP_WORDS[0]}" "${_jdbus_bus[@]}" list --no-legend 2>/dev/null | while read -r name _; do
                    printf '%s\\n' "$name"
                done
            }

            _jdbus_paths() {
                "${COMP_WORDS[0]}" "${_jdbus_bus[@]}" tree --list "$1" 2>/dev/null
            }

            _jdbus_reply() {
                local cur=$1 words=$2 reply IFS=$' \\t\\n'
                reply=$(compgen -W "$words" -- "$cur")
                IFS=$'\\n'
                COMPREPLY=($reply)
                # bash splits the word being completed at COMP_WORDBREAKS (':' and '='): reply with the rest only
                local sep
                for sep in : =; do
                    if [[ $cur == *"$sep"* && $COMP_WORDBREAKS == *"$sep"* ]]; then
                        local prefix=${cur%"${cur##*"$sep"}"} i
                        for i in "${!COMPREPLY[@]}"; do
                            COMPREPLY[i]=${COMPREPLY[i]#"$prefix"}
                        done
                    fi
                done
            }

            _jdbus() {
                local -a words
                if [[ -n ${COMP_LINE-} ]]; then
                    read -ra words <<< "${COMP_LINE:0:COMP_POINT}"
                    [[ ${COMP_LINE:0:COMP_POINT} == *[[:space:]] ]] && words+=("")
                else
                    words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
                fi
                local cur=${words[${#words[@]}-1]}
                local verbs="@VERBS@"
                local options="@OPTIONS@"
                local verb="" operand=0 i word ended=""
                _jdbus_bus=()
                for ((i = 1; i < ${#words[@]} - 1; i++)); do
                    word=${words[i]}
                    if [[ -z $ended && $word == -* ]]; then
                        case $word in
                            --) ended=1 ;;
                            --address=*|--session|--system) _jdbus_bus+=("$word") ;;
                        esac
                    elif [[ -z $verb ]]; then
                        verb=$word
                    else
                        operand=$((operand + 1))
                        [[ $operand == 1 ]] && local service=$word
                    fi
                done
                if [[ -z $ended && $cur == -* ]]; then
                    _jdbus_reply "$cur" "$options"
                    [[ ${COMPREPLY[0]-} == *= ]] && compopt -o nospace 2>/dev/null
                    return 0
                fi
                if [[ -z $verb ]]; then
                    _jdbus_reply "$cur" "$verbs"
                    return 0
                fi
                case $verb,$operand in
                    call,0|introspect,0|get-property,0|set-property,0|status,0|tree,*|monitor,*|capture,*)
                        _jdbus_reply "$cur" "$(_jdbus_names)" ;;
                    call,1|introspect,1|get-property,1|set-property,1)
                        _jdbus_reply "$cur" "$(_jdbus_paths "$service")" ;;
                    help,0)
                        _jdbus_reply "$cur" "$verbs" ;;
                    completion,0)
                        _jdbus_reply "$cur" "bash" ;;
                    decode,0)
                        local IFS=$'\\n'
                        COMPREPLY=($(compgen -f -- "$cur")) ;;
                    *)
                        COMPREPLY=() ;;
                esac
                return 0
            }

            complete -F _jdbus jdbus
            """;

    private BashCompletion() {
    }

    /** The script, offering {@code verbs}. */
    static String script(List<String> verbs) {
        return SCRIPT.replace("@VERBS@", String.join(" ", verbs)).replace("@OPTIONS@", String.join(" ", OPTIONS));
    }
}
