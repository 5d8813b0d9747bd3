# Sourced by bench/run --profile: JFR recordings of services during the submission load, and
# their hottest frames (self: the frame on top of the sample's stack; total: anywhere in it).

profile_start() {
    local s pid
    for s in "$@"; do
        pid=$(pid_of "$s") || continue
        jcmd "$pid" JFR.start name=bench settings=profile filename="$WORK/$s.jfr" >/dev/null
    done
}

profile_stop() {
    local s pid
    for s in "$@"; do
        pid=$(pid_of "$s") || continue
        jcmd "$pid" JFR.stop name=bench >/dev/null
        profile_summary "$s" "$WORK/$s.jfr" >"$WORK/profile-$s.txt"
    done
}

# profile_summary NAME FILE: top frames of the execution samples, self and total.
profile_summary() {
    jfr print --events jdk.ExecutionSample --stack-depth 96 "$2" | awk -v name="$1" '
        function flush() {
            if (depth > 0) {
                samples++
                self[top]++
                for (f in seen) total[f]++
            }
            depth = 0; delete seen
        }
        /^jdk.ExecutionSample/ { flush() }
        /stackTrace = \[/ { inside = 1; next }
        inside && /^[[:space:]]*\]/ { inside = 0; next }
        inside {
            frame = $0
            sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame)
            if (frame == "...") next
            if (depth == 0) top = frame
            depth++
            seen[frame] = 1
        }
        END {
            flush()
            printf "%s: %d execution samples\n", name, samples
            printf "self\n"
            for (f in self) printf "%6.1f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -n 15"
            close("sort -rn | head -n 15")
            printf "total (frames of vn.vhcs and of the libraries it calls)\n"
            for (f in total) if (f ~ /^(vn\.vhcs|com\.fasterxml|io\.smallrye\.jwt|org\.jose4j|org\.hibernate\.(engine|internal|event)|org\.postgresql\.core|org\.apache\.kafka\.clients|jakarta\.validation|org\.hibernate\.validator|io\.vertx\.core\.http)/)
                printf "%6.1f%%  %s\n", 100 * total[f] / samples, f | "sort -rn | head -n 30"
            close("sort -rn | head -n 30")
        }'
}
