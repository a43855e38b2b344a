package io.jdbus.cli;

import java.time.Duration;

/**
 * The busctl options that shape how verbs talk to the bus and what they print, beyond the bus and the
 * output mode. Like every option they may come before or after the verb.
 *
 * {@snippet :
 * CommandLine.parse(List.of("call", "--timeout=2", "--expect-reply=no")).settings();
 * // CallSettings[timeout=PT2S, expectReply=false, autoStart=true, ...]
 * }
 *
 * @param timeout                       {@code --timeout=SECS}: how long a call waits; {@code null} for the default (25 s)
 * @param expectReply                   {@code --expect-reply=BOOL}: {@code call} waits for and prints the reply
 * @param autoStart                     {@code --auto-start=BOOL}: the bus may start the destination service
 * @param allowInteractiveAuthorization {@code --allow-interactive-authorization=BOOL} (busctl's default: yes)
 * @param destination                   {@code --destination=SERVICE}: where {@code emit} addresses its signal, or {@code null}
 * @param quiet                         {@code -q}/{@code --quiet}: {@code call} prints no reply, {@code monitor} no banner
 * @param verbose                       {@code --verbose}: {@code call} prints the reply as {@code MESSAGE "sig" {...};}
 * @param legend                        {@code --no-legend} turns it off: {@code list} prints its header line
 * @param unique                        {@code --unique}: {@code list} shows unique names
 * @param acquired                      {@code --acquired}: {@code list} shows well-known names
 * @param activatable                   {@code --activatable}: {@code list} shows activatable names
 * @param xmlInterface                  {@code --xml-interface}: {@code introspect} prints the XML as received
 * @param list                          {@code --list}: {@code tree} prints a flat list of paths
 * @param limitMessages                 {@code --limit-messages=N}: {@code wait} stops after N signals; 0 for no limit
 * @param serveOnly                     {@code --serve}: {@code demo} only exports the sample service
 * @param clientOnly                    {@code --client}: {@code demo} only runs the client scenario
 */
public record CallSettings(Duration timeout, boolean expectReply, boolean autoStart,
                           boolean allowInteractiveAuthorization, String destination, boolean quiet,
                           boolean verbose, boolean legend, boolean unique, boolean acquired, boolean activatable,
                           boolean xmlInterface, boolean list, long limitMessages, boolean serveOnly,
                           boolean clientOnly) {

    /** busctl's defaults. */
    public static CallSettings defaults() {
        return new CallSettings(null, true, true, true, null, false, false, true, false, false, false, false, false, 0, false, false);
    }
}
