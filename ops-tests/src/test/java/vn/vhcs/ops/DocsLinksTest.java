package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documentation stands alone: every relative link of README.md, docs/ and bench/README.md leads to a file of
 * the repository (and an {@code #anchor} to a heading of it, by GitHub's rules), none leads outside it (the
 * starting design lived in ../shared, which a clone does not have) or to a path of one machine, and a link to the
 * web goes to a public standard or to the running system only. README.md stays a front door: at most 250 lines,
 * opening with the two commands that set everything up.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 250;

    /**
     * Where a link may leave the repository: public standards, and the hosts of the examples (the running system,
     * names reserved for documentation). Anything else belongs in the repository, or is named in code, not linked.
     */
    static final List<String> ALLOWED_HOSTS = List.of(
            "www.rfc-editor.org", "datatracker.ietf.org", "www.ietf.org", "www.iana.org", "www.w3.org",
            "html.spec.whatwg.org", "spec.openapis.org", "json-schema.org", "www.unicode.org", "semver.org",
            "www.standardwebhooks.com", "standardwebhooks.com",
            "localhost", "127.0.0.1", "vhcs.localtest.me");

    /** Standards published in a repository of their own: allowed by address prefix, not by host. */
    static final List<String> ALLOWED_PREFIXES = List.of("https://github.com/standard-webhooks/");

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})\\s*([^\\s`]*)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\b(?:https?|ftp)://[^\\s<>()\\[\\]`\"']+");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");

    @Test
    void everyLinkOfTheDocumentationLeadsSomewhereInTheRepository() throws IOException {
        List<Path> files = documentation();
        assertTrue(files.contains(Repo.path("README.md")) && files.size() > 3, "the documentation was found: " + files);
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path file : files) {
            for (Link link : links(Repo.read(file))) {
                String fault = check(file, link.target(), anchors);
                if (fault != null) {
                    broken.add(Repo.root().relativize(file) + ":" + link.line() + ": " + link.target() + " — " + fault);
                }
            }
        }
        assertEquals(List.of(), broken, "links that lead nowhere, or out of the repository");
    }

    @Test
    void theReadmeIsAFrontDoor() {
        String readme = Repo.read(Repo.path("README.md"));
        long lines = readme.lines().count();
        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines; at most " + README_MAX_LINES
                + ": what is longer goes under docs/ and is linked");
        String first = firstShellBlock(readme);
        assertTrue(first != null && first.contains("./vhcs up") && first.contains("./vhcs test"),
                "README.md's first shell block names ./vhcs up and ./vhcs test: " + first);
    }

    /** The check is real: it finds each kind of fault, and passes a link that is good. */
    @Test
    void theCheckFindsWhatIsBroken() throws IOException {
        Path readme = Repo.path("README.md");
        Map<Path, Set<String>> anchors = new HashMap<>();
        assertEquals(null, check(readme, "docs/architecture.md", anchors));
        assertEquals(null, check(readme, "./vhcs", anchors));
        assertEquals(null, check(readme, "https://www.rfc-editor.org/rfc/rfc9457", anchors));
        assertEquals(null, check(readme, "http://localhost:8080/dashboard/", anchors));
        assertTrue(check(readme, "docs/no-such-file.md", anchors).contains("no such file"));
        assertTrue(check(readme, "docs/architecture.md#no-such-heading", anchors).contains("no heading"));
        assertTrue(check(readme, "#no-such-heading", anchors).contains("no heading"));
        assertTrue(check(readme, "../shared/DESIGN.md", anchors).contains("outside"));
        assertTrue(check(readme, "/work/shared/DESIGN.md", anchors).contains("machine"));
        assertTrue(check(readme, "file:///home/someone/vhcs/README.md", anchors).contains("machine"));
        assertEquals(null, check(readme, "https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/"
                + "standard-webhooks.md", anchors));
        assertTrue(check(readme, "https://example.com/vhcs", anchors).contains("leaves the repository"));
        assertTrue(check(readme, "https://github.com/someone/vhcs", anchors).contains("leaves the repository"));

        List<Link> found = links("""
                See [the design](docs/architecture.md#events), ![a picture](docs/dashboard.png "title") and
                <https://www.rfc-editor.org/rfc/rfc9457>, `[not a link](nowhere.md)`;

                ```sh
                curl [not](a-link.md) https://example.com/in-code
                ```
                [ref]: bench/README.md
                """);
        assertEquals(List.of("docs/architecture.md#events", "docs/dashboard.png",
                "https://www.rfc-editor.org/rfc/rfc9457", "bench/README.md"),
                found.stream().map(Link::target).toList());
    }

    /** GitHub's anchors: lower case, punctuation dropped (letters of any script kept), each space a hyphen. */
    @Test
    void headingsBecomeGithubAnchors() {
        assertEquals(List.of("the-report-document-contract-v2", "ban-thi-đua--khen-thưởng", "ports-and-keys",
                        "ports-and-keys-1", "the-gateways-key-pair", "vhcs_statistics_rebuilding"),
                List.copyOf(headingAnchors("""
                        # The report document (contract v2)
                        ## Ban Thi đua – Khen thưởng
                        ```text
                        # not a heading
                        ```
                        ### Ports and [keys](x.md)
                        ### Ports *and* keys
                        #### The gateway's key pair
                        ## `vhcs_statistics_rebuilding`
                        """)));
    }

    /** README.md, every Markdown file under docs/, and bench/README.md. */
    static List<Path> documentation() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Repo.path("README.md"), Repo.path("bench", "README.md")));
        try (Stream<Path> walk = Files.walk(Repo.path("docs"))) {
            walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    record Link(int line, String target) {
    }

    /** The link targets of a Markdown text, outside code blocks and code spans, in order. */
    static List<Link> links(String markdown) {
        List<Link> links = new ArrayList<>();
        List<String> lines = prose(markdown);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            String text = CODE_SPAN.matcher(line).replaceAll(" ");
            Matcher ref = REFERENCE_DEFINITION.matcher(text);
            if (ref.matches()) {
                links.add(new Link(n, ref.group(1)));
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                links.add(new Link(n, inline.group(1)));
                taken.add(new int[] { inline.start(1), inline.end(1) });
            }
            Matcher web = WEB_ADDRESS.matcher(text);
            while (web.find()) {
                int at = web.start();
                if (taken.stream().noneMatch(t -> at >= t[0] && at < t[1])) {
                    links.add(new Link(n, web.group().replaceAll("[.,;:]+$", "")));
                }
            }
        }
        return links;
    }

    /** Why this link of {@code file} is broken, or null when it is good. */
    static String check(Path file, String target, Map<Path, Set<String>> anchors) throws IOException {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (target.startsWith("file:") || target.startsWith("/") || target.startsWith("~")
                || target.matches("^[A-Za-z]:[\\\\/].*")) {
            return "a path of one machine, not of the repository";
        }
        if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            if (target.startsWith("mailto:")) {
                return "leaves the repository (an address)";
            }
            String host;
            try {
                host = new URI(target).getHost();
            } catch (URISyntaxException e) {
                return "not an address: " + e.getMessage();
            }
            boolean allowed = host != null && ALLOWED_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                    || ALLOWED_PREFIXES.stream().anyMatch(target::startsWith);
            return allowed ? null
                    : "leaves the repository; only public standards and the running system may be linked"
                            + " (DocsLinksTest.ALLOWED_HOSTS, ALLOWED_PREFIXES)";
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (pathPart.contains("shared/")) {
            return "outside the repository (../shared is not part of a clone)";
        }
        Path root = Repo.root().normalize();
        Path resolved = pathPart.isEmpty() ? file
                : file.getParent().resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8)).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file in the repository";
        }
        if (anchor != null && resolved.toString().endsWith(".md")) {
            Set<String> known = anchors.computeIfAbsent(resolved, p -> headingAnchors(Repo.read(p)));
            if (!known.contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
                return "no heading with the anchor #" + anchor + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    /** The anchors GitHub gives a Markdown file's headings (github-slugger), and its explicit HTML anchors. */
    static Set<String> headingAnchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(markdown)) {
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(2));
                int count = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(count == 0 ? slug : slug + "-" + count);
            }
        }
        return anchors;
    }

    /** A heading's text as GitHub renders it, made an anchor: markup gone, punctuation gone, spaces hyphens. */
    static String slug(String heading) {
        String text = heading
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .replace("`", "")
                .replaceAll("(\\*\\*|__|\\*)", "");
        return text.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /** The lines of a Markdown text, those of code blocks (fences included) blanked, so line numbers stay. */
    static List<String> prose(String markdown) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
                lines.add("");
            } else if (fence != null) {
                if (closes(line, fence)) {
                    fence = null;
                }
                lines.add("");
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Whether this line closes a code block opened with {@code fence}: the same character, at least as many. */
    static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.startsWith(fence) && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The body of the first fenced block tagged as shell (sh, bash, shell), or null. */
    static String firstShellBlock(String markdown) {
        StringBuilder body = null;
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
                if (Set.of("sh", "bash", "shell").contains(f.group(2).toLowerCase(Locale.ROOT))) {
                    body = new StringBuilder();
                }
                continue;
            }
            if (fence != null && closes(line, fence)) {
                if (body != null) {
                    return body.toString();
                }
                fence = null;
                continue;
            }
            if (body != null) {
                body.append(line).append('\n');
            }
        }
        return null;
    }
}
