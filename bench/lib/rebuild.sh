# Sourced by bench/run: the rebuild of the statistics from the topics, and Kafka's own consumer
# (ConsumerPerformance, from kafka-tools at the broker's version) reading the same topic.
# Sets REBUILD_NOTE when it cannot run or the rebuild fails (the record is written all the same). Uses figure/ratio/say/info/die and the run's variables.

KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' pom.xml | head -n 1)
TOOLS_DIR=.vhcs/bench-tools
TOOLS_JAR=$TOOLS_DIR/kafka-tools-$KAFKA_VERSION.jar
if [[ ! -f $TOOLS_JAR ]]; then
    # Kafka 4 ships ConsumerPerformance in kafka-tools, not in the broker's jars
    say "Fetching kafka-tools $KAFKA_VERSION (Maven) for ConsumerPerformance"
    mkdir -p "$TOOLS_DIR"
    ./mvnw -B -q dependency:copy -Dartifact="org.apache.kafka:kafka-tools:$KAFKA_VERSION" -DoutputDirectory="$TOOLS_DIR" >&2
fi
KAFKA_TOOLS_CP="$TOOLS_JAR:local-kafka/target/lib/*"
KJAVA=(java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$KAFKA_TOOLS_CP")
BOOTSTRAP=localhost:$KAFKA_PORT

# events on a topic: the sum of its partitions' end offsets (the topics are never compacted)
topic_events() {
    "${KJAVA[@]}" org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$BOOTSTRAP" --topic "$1" \
        --time -1 2>/dev/null | awk -F: -v t="$1" '$1 == t && $3 ~ /^[0-9]+$/ { n += $3 } END { print n + 0 }'
}

on_topic=$(topic_events report-events)
if ((on_topic < EVENTS)); then
    missing=$((EVENTS - on_topic))
    say "report-events holds $on_topic events: adding $missing revisions of this run's reports"
    PGPASSWORD=vhcs_report psql -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U vhcs_report -d vhcs_report -c \
        "SELECT o.payload FROM outbox_event o JOIN report r ON o.message_key = r.id::text
         WHERE r.round_code = '$ROUND' AND o.event_type = 'ReportSubmitted'" >"$WORK/events.jsonl"
    "${KJAVA[@]}" "$BENCH_LIB/EventFiller.java" "$BOOTSTRAP" report-events "$missing" "$WORK/events.jsonl"
    # (the lag of the groups with members: the running aggregation-service's)
    say "Waiting until the running aggregation-service has consumed them"
    deadline=$((SECONDS + 3600))
    last=
    while :; do
        lag=$("${KJAVA[@]}" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$BOOTSTRAP" \
            --describe --all-groups 2>/dev/null | awk '$2 == "report-events" && $6 ~ /^[0-9]+$/ && $7 != "-" { n += $6 } END { print n + 0 }')
        [[ $lag == 0 ]] && break
        ((SECONDS < deadline)) || die "the aggregation-service still lags $lag events after an hour"
        [[ $lag != "$last" ]] && info "lag $lag"
        last=$lag
        sleep 10
    done
    on_topic=$(topic_events report-events)
fi
registry_events=$(topic_events registry-events)

say "Kafka's own consumer: $on_topic events of report-events (ConsumerPerformance)"
"${KJAVA[@]}" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$BOOTSTRAP" \
    --topic report-events --messages "$on_topic" --group "bench-perf-$RUN" --hide-header --timeout 30000 \
    >"$WORK/consumer-perf.txt" 2>"$WORK/consumer-perf.err" || { cat "$WORK/consumer-perf.err" >&2; die "ConsumerPerformance failed"; }
# start, end, MB, MB/s, messages, messages/s, rebalance ms, fetch ms, fetch MB/s, fetch messages/s
KAFKA_MSGS=$(grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]+, ' "$WORK/consumer-perf.txt" | awk -F', *' '{ printf "%.0f\n", $6 }' | tail -n 1)
info "$KAFKA_MSGS events/s"

before=$(api GET "/api/v1/statistics/rounds/$ROUND/national")
say "./vhcs rebuild-statistics ($on_topic report events, $registry_events registry events)"
started=$(date +%s%3N)
rc=0
./vhcs rebuild-statistics >"$WORK/rebuild.txt" 2>&1 || rc=$?
if ((rc != 0)); then
    tail -n 20 "$WORK/rebuild.txt" >&2
    REBUILD_NOTE="./vhcs rebuild-statistics failed (exit status $rc) after: $(tail -n 1 "$WORK/rebuild.txt" | sed 's/^[=> ]*//')"
    figure "  Kafka ConsumerPerformance, same topic" "$KAFKA_MSGS" events/s "reference" "1.00" "-"
    return 0
fi
ended=$(date +%s%3N)
REBUILD_S=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
REBUILD_RATE=$(awk -v n="$((on_topic + registry_events))" -v s="$REBUILD_S" 'BEGIN { printf "%.0f", n / s }')
after=$(api GET "/api/v1/statistics/rounds/$ROUND/national")
same=no
[[ $before == "$after" ]] && same=yes
figure "rebuild: $((on_topic + registry_events)) events replayed" "$REBUILD_RATE" events/s "Kafka consumer" \
    "$(ratio "$REBUILD_RATE" "$KAFKA_MSGS")" "-"
figure "  rebuild time" "$REBUILD_S" s "-" "-" "-"
figure "  Kafka ConsumerPerformance, same topic" "$KAFKA_MSGS" events/s "reference" "1.00" "-"
figure "  national statistics identical after it" "$same" "" "yes" "-" "$same"
