# syntax=docker/dockerfile:1
####
# The container image of one service (JVM mode, Quarkus fast-jar), built from a fresh clone with no
# JDK or Maven on the host: the first stage builds the service and the modules it needs, the second
# is the runtime image. BuildKit (Docker 23+, Compose v2) is needed for the cache mount.
#
#   docker build --build-arg SERVICE=report-service --build-arg PORT=8081 -t vhcs/report-service:1.0.0 .
#   docker compose up --build          (docker-compose.yml passes the arguments of each service)
#
# SERVICE: report-service (PORT 8081), aggregation-service (8082) or gateway (8080).
# Configuration comes only from environment variables (docs/operations.md).
###
FROM docker.io/library/maven:3.9.12-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /build
# .dockerignore keeps out build output, local state (.vhcs, .env files) and git.
COPY . .
# Maven's repository in a cache mount: the three images share one download and later builds reuse it.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$SERVICE" || { echo "build with --build-arg SERVICE=<service>" >&2; exit 1; }; \
    mvn -B -q -DskipTests -pl "$SERVICE" -am package

FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23
ARG SERVICE
ARG PORT

ENV LANGUAGE='en_US:en'

# The fast-jar layers, least often changing first, so a code change rebuilds only app/.
COPY --from=build --chown=185 /build/${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

# The API port and the management interface (health, metrics).
EXPOSE ${PORT} 9000
USER 185

# The base image's run-java.sh starts the JVM; JAVA_OPTS_APPEND adds our flags to the ones it
# computes (JAVA_OPTS would replace them): heap at 75 % of the container's memory limit, exit
# (and let the orchestrator restart the container) on OutOfMemoryError, JBoss LogManager for JUL.
ENV JAVA_MAX_MEM_RATIO=75
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
