package vn.vhcs.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a guide, as {@link DocsExamplesTest} runs them: the commands of its {@code ```sh} blocks,
 * each with the answer its comment expects, the bash session that runs them, and the comparison of what they
 * answered with what the guide says.
 */
final class Example {

    private static final Pattern FENCE_SH = Pattern.compile("^(\\s*)```sh\\s*$");
    private static final Pattern FENCE_END = Pattern.compile("^\\s*```\\s*$");
    /** {@code # 201 …}: the expected answer of the command above. */
    private static final Pattern EXPECTED = Pattern.compile("^\\s*#\\s?(\\d{3})(?:\\s(.*))?$");
    /** {@code #  …} (two spaces or more): continues the expected answer above. */
    private static final Pattern CONTINUED = Pattern.compile("^\\s*#\\s{2,}(.*)$");
    /** A literal pair of a JSON fragment: a string, number, boolean or null value. */
    private static final Pattern PAIR = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\""
            + "|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)");
    /**
     * What {@code …} stands for inside a string: any characters but a quote. Lazy, and a character class rather
     * than an alternation, so that a long answer (a draft's whole text) costs no deep recursion.
     */
    private static final String ANY_STRING_CONTENT = "[^\"]*?";

    /** One command of a guide (one line, or several joined by {@code \} or an open quote), and what it expects. */
    record Command(String guide, int line, List<String> text, Expected expected) {
    }

    /** The expected answer: its status and the fragment after it, from the comment on line {@code line}. */
    record Expected(int line, int status, String fragment) {
    }

    private Example() {
    }

    /** The commands of every {@code ```sh} block of the guide, in order. */
    static List<Command> commands(String guide, List<String> lines) {
        List<Command> commands = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher fence = FENCE_SH.matcher(lines.get(i++));
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            List<String> block = new ArrayList<>();
            int first = i;
            while (i < lines.size() && !FENCE_END.matcher(lines.get(i)).matches()) {
                String line = lines.get(i++);
                block.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
            }
            i++;
            commands.addAll(commandsOfBlock(guide, block, first + 1));
        }
        return commands;
    }

    private static List<Command> commandsOfBlock(String guide, List<String> block, int firstLine) {
        List<Command> commands = new ArrayList<>();
        int i = 0;
        while (i < block.size()) {
            String line = block.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            List<String> text = new ArrayList<>();
            Shell state = new Shell();
            do {
                text.add(block.get(i));
                state.scan(block.get(i++));
            } while (state.continues() && i < block.size());
            Expected expected = null;
            if (i < block.size()) {
                Matcher m = EXPECTED.matcher(block.get(i));
                if (m.matches()) {
                    int at = firstLine + i;
                    StringBuilder fragment = new StringBuilder(m.group(2) == null ? "" : m.group(2));
                    i++;
                    Matcher more;
                    while (i < block.size() && !EXPECTED.matcher(block.get(i)).matches()
                            && (more = CONTINUED.matcher(block.get(i))).matches()) {
                        fragment.append(' ').append(more.group(1));
                        i++;
                    }
                    expected = new Expected(at, Integer.parseInt(m.group(1)), fragment.toString());
                }
            }
            commands.add(new Command(guide, firstLine + start, text, expected));
        }
        return commands;
    }

    /**
     * The bash session: the recording {@code curl} function, then every command followed by its check. The checks
     * leave files in {@code results}: {@code <line>.status} and {@code <line>.body} for an expected answer (line of
     * its comment), {@code <line>.exit} for every command (its first line).
     */
    static String script(List<Command> commands, Path results, String gateway, Path keys) {
        StringBuilder s = new StringBuilder();
        s.append("""
                # Written by DocsExamplesTest: the guide's commands, each followed by a check.
                __results=%s
                # curl as the guide calls it, recording the status and the body of each call (the body when it goes to
                # stdout; a -w format of the guide's own is kept, before the status)
                curl() {
                    local args=() format=''
                    while (($#)); do
                        case $1 in
                            -w | --write-out) format=$2; shift 2; continue ;;
                            --write-out=*) format=${1#--write-out=}; shift; continue ;;
                        esac
                        args+=("$1"); shift
                    done
                    command curl --max-time 60 "${args[@]}" -w "${format}\\n@@status=%%{http_code}" >"$__results/last.out"
                    local exit=$? size
                    size=$(stat -c %%s "$__results/last.out")
                    head -c $((size - 13)) "$__results/last.out" >"$__results/last.body"
                    tail -c 3 "$__results/last.out" >"$__results/last.status"
                    cat "$__results/last.body"
                    return $exit
                }
                # __expect LINE: keeps the last call's answer for the expectation on LINE
                __expect() {
                    if [[ -f $__results/last.status ]]; then
                        mv "$__results/last.status" "$__results/$1.status"
                        mv "$__results/last.body" "$__results/$1.body"
                    else
                        : >"$__results/$1.nocall"
                    fi
                }
                export VHCS=%s VHCS_KEYS=%s
                # the guide's mktemp -d (its downloads) under target/, not left in /tmp
                export TMPDIR=%s
                mkdir -p "$TMPDIR"
                cd %s
                """.formatted(quote(results.toString()), quote(gateway), quote(keys.toString()),
                quote(results.resolveSibling("tmp").toString()), quote(DocsExamplesTest.ROOT.toString())));
        for (Command c : commands) {
            s.append("rm -f \"$__results/last.status\"\n");
            c.text().forEach(line -> s.append(line).append('\n'));
            s.append("echo $? >\"$__results/").append(c.line()).append(".exit\"\n");
            if (c.expected() != null) {
                s.append("__expect ").append(c.expected().line()).append('\n');
            }
        }
        return s.toString();
    }

    /** Every way the answers in {@code results} differ from what the commands expect, with the guide's line. */
    static List<String> mismatches(String guide, List<Command> commands, Path results) {
        List<String> found = new ArrayList<>();
        for (Command c : commands) {
            String exit = read(results.resolve(c.line() + ".exit"));
            if (exit == null) {
                found.add(guide + ":" + c.line() + ": not run (the session ended before it): " + c.text().get(0));
                continue;
            }
            Expected e = c.expected();
            if (e == null) {
                if (!exit.strip().equals("0")) {
                    found.add(guide + ":" + c.line() + ": exited " + exit.strip() + ": " + c.text().get(0));
                }
                continue;
            }
            String status = read(results.resolve(e.line() + ".status"));
            String body = read(results.resolve(e.line() + ".body"));
            if (status == null) {
                found.add(guide + ":" + e.line() + ": the command above made no curl call to check");
                continue;
            }
            List<String> wrong = new ArrayList<>();
            if (!status.strip().equals(Integer.toString(e.status()))) {
                wrong.add("status " + status.strip() + ", not " + e.status());
            }
            Matcher pair = PAIR.matcher(e.fragment());
            while (pair.find()) {
                if (!Pattern.compile(pairPattern(pair.group(1), pair.group(2))).matcher(body).find()) {
                    wrong.add("no " + pair.group());
                }
            }
            if (!wrong.isEmpty()) {
                found.add(guide + ":" + e.line() + ": " + String.join("; ", wrong) + "\n    answer: "
                        + abbreviate(body.replace('\n', ' ')));
            }
        }
        return found;
    }

    /** A pair as a regular expression over the answer: {@code …} in a string stands for any text. */
    static String pairPattern(String key, String value) {
        String name = "\"" + Pattern.quote(key) + "\"\\s*:\\s*";
        if (value.startsWith("\"")) {
            String inner = value.substring(1, value.length() - 1);
            StringBuilder p = new StringBuilder("\"");
            String[] parts = inner.split("…", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    p.append(ANY_STRING_CONTENT);
                }
                if (!parts[i].isEmpty()) {
                    p.append(Pattern.quote(parts[i]));
                }
            }
            return name + p.append('"');
        }
        return name + Pattern.quote(value) + "(?![0-9.eE])";
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + " …";
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * Enough of bash's reading of a line to tell whether a command goes on: an open quote, an open parenthesis or
     * a trailing backslash. A {@code #} at the start of a word outside quotes begins a comment.
     */
    static final class Shell {
        private char quote;
        private int parentheses;
        private boolean backslash;

        void scan(String line) {
            backslash = false;
            boolean wordStart = true;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    }
                } else if (quote == '$' || quote == '"') {
                    if (c == '\\') {
                        i++;
                    } else if (c == (quote == '$' ? '\'' : '"')) {
                        quote = 0;
                    }
                } else if (c == '\\') {
                    if (i == line.length() - 1) {
                        backslash = true;
                    }
                    i++;
                } else if (c == '#' && wordStart) {
                    return;
                } else if (c == '\'') {
                    quote = '\'';
                } else if (c == '"') {
                    quote = '"';
                } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    quote = '$';
                    i++;
                } else if (c == '(') {
                    parentheses++;
                } else if (c == ')') {
                    parentheses--;
                }
                wordStart = Character.isWhitespace(c) || c == ';' || c == '(' || c == '|' || c == '&';
            }
        }

        boolean continues() {
            return backslash || quote != 0 || parentheses > 0;
        }
    }
}
