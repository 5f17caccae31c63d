# syntax=docker/dockerfile:1
# One image recipe for the four services: docker-compose.yml builds it once per service with
#   args: SERVICE=<module directory>, PORT=<its HTTP port>.
# Build context is the repository root: the parent pom and the shared modules have to be
# visible to Maven's reactor.
ARG SERVICE

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /workspace
# No "poms first" layer: Maven's reactor needs every module's pom before it resolves
# anything, and listing them here would break each time a module is added. The cache
# mount below is what saves the downloads instead: it survives source and pom changes
# and is shared by all four service images ("locked" so parallel builds take turns
# rather than writing into one local repository at once).
COPY . .
RUN --mount=type=cache,id=clinic-maven-repo,target=/root/.m2,sharing=locked \
    test -n "$SERVICE" \
 && mvn -B -q -pl "$SERVICE" -am -DskipTests package \
 && cp "$SERVICE"/target/"$SERVICE"-*-exec.jar /workspace/app.jar

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT=8080
# The compose healthcheck calls curl, which this base image ships; fail the build here,
# not every healthcheck later, should a future base image drop it.
RUN command -v curl >/dev/null \
 && groupadd --system --gid 10001 clinic \
 && useradd --system --uid 10001 --gid clinic --no-create-home --home-dir /app \
      --shell /usr/sbin/nologin clinic
WORKDIR /app
# Owned by root and read-only for the service user: the process cannot rewrite its own code.
COPY --from=build /workspace/app.jar /app/app.jar
USER 10001:10001
EXPOSE ${PORT}
# A JVM that ran out of memory is better restarted than limping on. With a container memory
# limit, add e.g. -XX:MaxRAMPercentage=75 (the JVM's default heap is a quarter of the limit).
ENV JAVA_OPTS="-XX:+ExitOnOutOfMemoryError" SERVICE=${SERVICE}
# exec: java becomes PID 1 and receives SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "clinic-service"]
