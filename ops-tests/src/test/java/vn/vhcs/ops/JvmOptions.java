package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM sizes a service runs with (docs/operations.md, "Memory and start-up"): an explicit heap (-Xmx), a metaspace
 * cap (-XX:MaxMetaspaceSize), the serial collector and the C heap's periodic trim, the same in ./vhcs,
 * docker-compose.yml and Kubernetes; a container leaves {@link #NON_HEAP_ROOM} beside them. Beside the options, the
 * environment's malloc arena limit ({@link #mallocArenaMaxOfVhcs()}).
 */
record JvmOptions(long heap, long metaspace, boolean serialGc, String trimInterval) {

    /** What a JVM needs beside heap and metaspace: code cache, thread stacks, GC structures, direct buffers. */
    static final long NON_HEAP_ROOM = 128L << 20;
    static final String SERIAL_GC = "-XX:+UseSerialGC";

    private static final Pattern XMX = Pattern.compile("(?:^|\\s)-Xmx(\\d+[kKmMgG]?)(?=\\s|$)");
    private static final Pattern METASPACE = Pattern.compile("(?:^|\\s)-XX:MaxMetaspaceSize=(\\d+[kKmMgG]?)(?=\\s|$)");
    private static final Pattern TRIM = Pattern.compile("(?:^|\\s)-XX:TrimNativeHeapInterval=(\\d+)(?=\\s|$)");
    private static final Pattern VHCS_OPTIONS = Pattern.compile("(?m)^SERVICE_JAVA_OPTS=\\(([^)]*)\\)");
    private static final Pattern VHCS_ARENAS = Pattern.compile("(?m)^JVM_ENV=\\(MALLOC_ARENA_MAX=(\\d+)\\)");

    /** The options in {@code options} (one line, space-separated); fails unless heap and metaspace are both set. */
    static JvmOptions parse(String where, String options) {
        Matcher heap = XMX.matcher(options);
        Matcher metaspace = METASPACE.matcher(options);
        assertTrue(heap.find(), where + ": no explicit heap (-Xmx) in " + options);
        assertTrue(metaspace.find(), where + ": no metaspace cap (-XX:MaxMetaspaceSize) in " + options);
        Matcher trim = TRIM.matcher(options);
        return new JvmOptions(bytes(heap.group(1)), bytes(metaspace.group(1)),
                (" " + options + " ").contains(" " + SERIAL_GC + " "), trim.find() ? trim.group(1) : "none");
    }

    /** The options ./vhcs gives every service (its SERVICE_JAVA_OPTS). */
    static JvmOptions ofVhcs() {
        Matcher m = VHCS_OPTIONS.matcher(Repo.read(Repo.path("vhcs")));
        assertTrue(m.find(), "vhcs: no SERVICE_JAVA_OPTS=(…)");
        return parse("vhcs SERVICE_JAVA_OPTS", m.group(1).replaceAll("\\s+", " ").trim());
    }

    /** The MALLOC_ARENA_MAX ./vhcs gives the services' environment (its JVM_ENV). */
    static String mallocArenaMaxOfVhcs() {
        Matcher m = VHCS_ARENAS.matcher(Repo.read(Repo.path("vhcs")));
        assertTrue(m.find(), "vhcs: no JVM_ENV=(MALLOC_ARENA_MAX=…)");
        return m.group(1);
    }

    /** The same heap, metaspace and trim as ./vhcs, and a memory limit that holds them with room beside. */
    void assertLikeVhcsAndFits(String where, long memoryLimit) {
        JvmOptions vhcs = ofVhcs();
        assertEquals(vhcs.heap(), heap, where + ": the heap ./vhcs gives (" + vhcs.heap() + " bytes)");
        assertEquals(vhcs.metaspace(), metaspace, where + ": the metaspace cap ./vhcs gives");
        assertEquals(vhcs.trimInterval(), trimInterval, where + ": the native heap trim ./vhcs gives");
        assertTrue(memoryLimit >= heap + metaspace + NON_HEAP_ROOM, where + ": memory limit " + memoryLimit
                + " < heap " + heap + " + metaspace " + metaspace + " + " + NON_HEAP_ROOM + " beside them");
    }

    /** A JVM or Docker size: 512m, 1g, 65536k, 1048576. */
    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
